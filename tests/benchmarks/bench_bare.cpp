// SPDX-License-Identifier: GPL-3.0-or-later
// The floor every start-up is measured against: a bare Qt window (a
// QMainWindow with a label) that loads Qt Widgets and nothing of ours, shown
// until its first frame is painted, then quits. With SRDI_PRINT_FIRST_PAINT
// set it prints "first paint at <ns since the epoch>" to stderr, as
// srdi-assess does. Not a test: tests/benchmarks/bench_startup.sh runs it.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

#include <chrono>
#include <cstdio>

namespace {

class QuitAfterPaint : public QObject
{
protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            QTimer::singleShot(0, qApp, [] { // once the frame is flushed
                if (!qEnvironmentVariableIsEmpty("SRDI_PRINT_FIRST_PAINT")) {
                    const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                        std::chrono::system_clock::now().time_since_epoch())
                                        .count();
                    std::fprintf(stderr, "first paint at %lld\n", static_cast<long long>(ns));
                    std::fflush(stderr);
                }
                QCoreApplication::quit();
            });
        }
        return false;
    }

private:
    bool m_painted = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow bare;
    auto *label = new QLabel(QStringLiteral("bare"), &bare);
    bare.setCentralWidget(label);
    bare.resize(1320, 820);
    QuitAfterPaint quit;
    label->installEventFilter(&quit);
    bare.show();
    return app.exec();
}
