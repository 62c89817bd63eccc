// SPDX-License-Identifier: GPL-3.0-or-later
#include "NameKey.h"

#ifdef SRDI_HAVE_ICU
#include <unicode/ucol.h>
#include <memory>
#endif

namespace srdi {

QByteArray nameSortKey(const QString &name)
{
#ifdef SRDI_HAVE_ICU
    // One collator per thread: an ICU collator is not to be shared while in use.
    struct Closer
    {
        void operator()(UCollator *c) const { ucol_close(c); }
    };
    thread_local std::unique_ptr<UCollator, Closer> collator = [] {
        UErrorCode status = U_ZERO_ERROR;
        UCollator *c = ucol_open("zh", &status);
        return std::unique_ptr<UCollator, Closer>(U_SUCCESS(status) ? c : nullptr);
    }();
    if (collator) {
        const auto *text = reinterpret_cast<const UChar *>(name.utf16());
        QByteArray key(64, Qt::Uninitialized);
        int32_t size = ucol_getSortKey(collator.get(), text, int32_t(name.size()), reinterpret_cast<uint8_t *>(key.data()),
                                       int32_t(key.size()));
        if (size > key.size()) {
            key.resize(size);
            size = ucol_getSortKey(collator.get(), text, int32_t(name.size()), reinterpret_cast<uint8_t *>(key.data()), size);
        }
        if (size > 0) {
            key.resize(size - 1); // without the terminating zero
            return key;
        }
    }
#endif
    return name.toUtf8();
}

} // namespace srdi
