// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "SampleProfile.h"
#include "io/ProfileJson.h"
#include "rules/AssessmentText.h"
#include "rules/Evaluator.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace srdi::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

MainWindow::MainWindow(const QString &databasePath, QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    const QString path = databasePath.isEmpty() ? Database::defaultPath() : databasePath;
    const bool fresh = !QFile::exists(path);
    m_db = std::make_unique<Database>(path);
    if (!m_db->open(&m_openError)) {
        m_db.reset();
    } else {
        m_store = std::make_unique<ProfileStore>(*m_db);
        // The very first start: a sample company so that a newcomer sees a working product.
        if (fresh && m_store->count() == 0)
            m_store->insert(sampleProfile(QDate::currentDate().year()));
    }

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    m_search = new QLineEdit(left);
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setClearButtonEnabled(true);
    m_list = new QListWidget(left);
    m_list->setObjectName(QStringLiteral("companyListWidget"));
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_list);

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("detailsBrowser"));

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({280, 720});
    setCentralWidget(splitter);

    m_status = new QLabel(this);
    statusBar()->addPermanentWidget(m_status);

    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::filterList);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            showCompany(item->data(kIdRole).toLongLong());
    });

    buildMenus();
    retranslate();
    resize(1100, 720);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());

    reloadCompanies();
    const qint64 last = settings.value(QStringLiteral("window/lastCompany"), 0).toLongLong();
    if (last)
        selectCompany(last);
    if (!currentCompanyId() && m_list->count() > 0)
        m_list->setCurrentRow(0);
}

MainWindow::~MainWindow() = default;

bool MainWindow::isDatabaseOpen() const
{
    return m_db != nullptr;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(QString());
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction *importAction = file->addAction(QString(), this, &MainWindow::importProfile);
    importAction->setObjectName(QStringLiteral("importAction"));
    importAction->setShortcut(QKeySequence::Open);
    QAction *exportAction = file->addAction(QString(), this, &MainWindow::exportProfile);
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction *quit = file->addAction(QString(), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    QAction *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] { m_search->setFocus(); m_search->selectAll(); });
    addAction(find);

    QMenu *help = menuBar()->addMenu(QString());
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *aboutAction = help->addAction(QString(), this, &MainWindow::about);
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("SRDI Self-Assessment"));
    m_search->setPlaceholderText(tr("Search by name or credit code (Ctrl+F)"));
    auto setText = [this](const char *name, const QString &text) {
        if (auto *a = findChild<QAction *>(QString::fromLatin1(name)))
            a->setText(text);
    };
    if (auto *m = findChild<QMenu *>(QStringLiteral("fileMenu")))
        m->setTitle(tr("&File"));
    if (auto *m = findChild<QMenu *>(QStringLiteral("helpMenu")))
        m->setTitle(tr("&Help"));
    setText("importAction", tr("&Import profile…"));
    setText("exportAction", tr("&Export profile…"));
    setText("quitAction", tr("&Quit"));
    setText("aboutAction", tr("&About"));
    if (!m_db) {
        m_details->setHtml(QStringLiteral("<h3>%1</h3><p>%2</p>")
                               .arg(tr("The database could not be opened").toHtmlEscaped(), m_openError.toHtmlEscaped()));
    }
    m_status->setText(m_db ? tr("Database: %1").arg(m_db->path()) : tr("No database"));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (const qint64 id = currentCompanyId())
            showCompany(id);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::reloadCompanies()
{
    const qint64 current = currentCompanyId();
    m_list->clear();
    if (!m_store)
        return;
    for (const CompanySummary &c : m_store->list()) {
        auto *item = new QListWidgetItem(c.name, m_list);
        item->setData(kIdRole, c.id);
        item->setData(Qt::ToolTipRole, c.creditCode.isEmpty() ? c.name : c.name + u'\n' + c.creditCode);
        item->setData(Qt::UserRole + 2, c.creditCode);
    }
    if (current)
        selectCompany(current);
    filterList(m_search->text());
}

void MainWindow::selectCompany(qint64 id)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(kIdRole).toLongLong() == id) {
            m_list->setCurrentRow(i);
            return;
        }
    }
}

qint64 MainWindow::currentCompanyId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(kIdRole).toLongLong() : 0;
}

void MainWindow::filterList(const QString &text)
{
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const bool match = text.isEmpty() || item->text().contains(text, Qt::CaseInsensitive)
                           || item->data(Qt::UserRole + 2).toString().contains(text, Qt::CaseInsensitive);
        item->setHidden(!match);
    }
}

void MainWindow::showCompany(qint64 id)
{
    if (!m_store)
        return;
    QString error;
    const auto profile = m_store->load(id, &error);
    if (!profile) {
        m_details->setPlainText(error);
        return;
    }
    auto &packs = rules::RulePacks::instance();
    packs.load();
    const QDate today = QDate::currentDate();
    const auto pack = packs.inForce(profile->effectiveDate(today));
    const rules::Assessment a = rules::Evaluator::evaluate(*profile, pack, today);
    const QString lang = QStringLiteral("en");
    const rules::Format fmt(lang);

    QString html;
    html += QStringLiteral("<h2>%1</h2>").arg(profile->company.name.toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Assessment year %1 · %2 · %3")
                         .arg(profile->assessmentYear)
                         .arg(fmt.sizeClass(a.sme.size), pack ? pack->name.get(lang) : QString())
                         .toHtmlEscaped());
    html += QStringLiteral("<table cellspacing='0' cellpadding='6' border='1' style='border-collapse:collapse'>");
    html += QStringLiteral("<tr><th align='left'>%1</th><th align='left'>%2</th><th align='left'>%3</th></tr>")
                .arg(tr("Tier").toHtmlEscaped(), tr("Status").toHtmlEscaped(), tr("Score").toHtmlEscaped());
    for (const rules::TierResult &t : a.tiers) {
        const rules::RouteResult &r = t.best();
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(fmt.tierName(t).toHtmlEscaped(), fmt.status(t.status).toHtmlEscaped(),
                         r.scored ? fmt.points(r.score) : QStringLiteral("—"));
    }
    html += QStringLiteral("</table>");
    m_details->setHtml(html);
    setWindowTitle(tr("%1 — SRDI Self-Assessment").arg(profile->company.name));
    QSettings().setValue(QStringLiteral("window/lastCompany"), id);
}

void MainWindow::importProfile()
{
    if (!m_store)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import profile"), QString(),
                                                      tr("SRDI profiles (*.srdi.json *.json)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Import profile"), tr("%1 cannot be read: %2").arg(path, f.errorString()));
        return;
    }
    const ImportResult r = ProfileJson::parse(f.readAll(), QDate::currentDate());
    if (!r.profile) {
        QStringList lines;
        for (const ValidationError &e : r.errors)
            lines.append(e.message());
        QMessageBox::warning(this, tr("Import profile"),
                             tr("Nothing was imported from %1:\n\n%2").arg(path, lines.join(u'\n')));
        return;
    }
    QString error;
    const auto id = m_store->upsert(*r.profile, nullptr, &error);
    if (!id) {
        QMessageBox::warning(this, tr("Import profile"), error);
        return;
    }
    reloadCompanies();
    selectCompany(*id);
}

void MainWindow::exportProfile()
{
    const qint64 id = currentCompanyId();
    if (!m_store || !id)
        return;
    const auto profile = m_store->load(id);
    if (!profile)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export profile"), profile->company.name + QStringLiteral(".srdi.json"),
                                                      tr("SRDI profiles (*.srdi.json)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ProfileJson::serialize(*profile)) < 0 || !file.commit())
        QMessageBox::warning(this, tr("Export profile"), tr("%1 cannot be written: %2").arg(path, file.errorString()));
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About SRDI Self-Assessment"),
                       tr("<h3>SRDI Self-Assessment %1</h3><p>Where a company stands on the ladder of quality SMEs, "
                          "and what it takes to climb it.</p><p>Data: %2</p>")
                           .arg(QCoreApplication::applicationVersion(),
                                (m_db ? m_db->path() : QString()).toHtmlEscaped()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        settings.setValue(QStringLiteral("window/splitter"), splitter->saveState());
    QMainWindow::closeEvent(event);
}

} // namespace srdi::ui
