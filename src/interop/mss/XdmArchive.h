#pragma once

#include "domain/Error.h"
#include "interop/mss/XdmPackage.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace sgl::interop::mss {

/** One file of a received XDM zip. */
struct XdmEntry {
    QString path;   ///< as stored ("IHE_XDM/SUBSET01/DOC0001.XML")
    QByteArray bytes;
};

/**
 * The IHE XDM zip (ITI TF-1 §16, MSSanté "IHE_XDM.ZIP") written and read with libzip.
 *
 * Layout written: INDEX.HTM, README.TXT, IHE_XDM/SUBSET01/METADATA.XML (XdmMetadata),
 * IHE_XDM/SUBSET01/DOC0001.XML (the CDA) and, when given, IHE_XDM/SUBSET01/DOC0002.PDF. Entry
 * times are the package's submission time, so the same package gives the same bytes.
 *
 * read() refuses (mss.xdm_read) what is not a zip, a zip failing libzip's consistency check,
 * more than 200 entries, an entry over 50 MB or 100 MB in total, an absolute path or "..": the
 * bytes come from outside the lab.
 */
class XdmArchive {
public:
    [[nodiscard]] static domain::Result<QByteArray> write(const XdmPackage &package);
    [[nodiscard]] static domain::Result<QList<XdmEntry>> read(const QByteArray &zip);
    /**
     * The documents listed in METADATA.XML (its URI slots, resolved in the submission set's
     * folder), or — without usable metadata — every *.XML under IHE_XDM/ other than METADATA.XML.
     */
    [[nodiscard]] static QList<XdmEntry> documents(const QList<XdmEntry> &entries);
};

} // namespace sgl::interop::mss
