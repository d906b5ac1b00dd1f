#include "interop/mss/XdmArchive.h"

#include "interop/mss/ErrorCodes.h"
#include "interop/mss/Tr.h"
#include "interop/mss/XdmMetadata.h"
#include "interop/xml/XmlDocument.h"

#include <zip.h>

#include <memory>

namespace sgl::interop::mss {

using domain::fail;

namespace {

constexpr zip_int64_t kMaxEntries = 200;
constexpr zip_uint64_t kMaxEntryBytes = 50ull * 1024 * 1024;
constexpr zip_uint64_t kMaxTotalBytes = 100ull * 1024 * 1024;

QString zipMessage(zip_error_t *error)
{
    return QString::fromUtf8(zip_error_strerror(error));
}

QString htmlEscape(const QString &s)
{
    return s.toHtmlEscaped();
}

QByteArray indexHtm(const XdmPackage &p)
{
    const CdaSummary &s = p.summary;
    QString html = QStringLiteral(
        "<!DOCTYPE html>\r\n<html lang=\"fr\"><head><meta charset=\"UTF-8\"/><title>IHE_XDM</title></head><body>\r\n"
        "<h1>%1</h1>\r\n<p>Émetteur : %2</p>\r\n<p>Patient : %3 %4</p>\r\n<ul>\r\n"
        "<li><a href=\"IHE_XDM/SUBSET01/DOC0001.XML\">%5 (CDA)</a></li>\r\n")
                       .arg(htmlEscape(s.title.isEmpty() ? s.typeDisplay : s.title), htmlEscape(p.laboratoryName),
                            htmlEscape(s.familyName), htmlEscape(s.givenName),
                            htmlEscape(s.typeDisplay));
    if (!p.pdf.isEmpty())
        html += QStringLiteral("<li><a href=\"IHE_XDM/SUBSET01/DOC0002.PDF\">%1 (PDF)</a></li>\r\n")
                    .arg(htmlEscape(s.typeDisplay));
    html += QStringLiteral("</ul>\r\n<p>Voir le fichier <a href=\"README.TXT\">README.TXT</a>.</p>\r\n</body></html>\r\n");
    return html.toUtf8();
}

QByteArray readmeTxt(const XdmPackage &p)
{
    return QStringLiteral(
               "Ce support contient des documents de santé au format IHE XDM (profil IHE ITI XDM).\r\n"
               "Émetteur : %1\r\n"
               "Logiciel : %2\r\n"
               "Contenu :\r\n"
               "  INDEX.HTM                      sommaire\r\n"
               "  IHE_XDM/SUBSET01/METADATA.XML  métadonnées XDS du lot\r\n"
               "  IHE_XDM/SUBSET01/DOC0001.XML   compte rendu de biologie médicale (CDA R2)\r\n"
               "%3"
               "Ces données de santé sont couvertes par le secret médical.\r\n")
        .arg(p.laboratoryName, p.softwareName,
             p.pdf.isEmpty() ? QString() : QStringLiteral("  IHE_XDM/SUBSET01/DOC0002.PDF   le même compte rendu en PDF\r\n"))
        .toUtf8();
}

struct ZipCloser {
    void operator()(zip_t *z) const { zip_discard(z); }
};
struct SourceFree {
    void operator()(zip_source_t *s) const { zip_source_free(s); }
};

} // namespace

domain::Result<QByteArray> XdmArchive::write(const XdmPackage &package)
{
    auto metadata = XdmMetadata::write(package);
    if (!metadata)
        return fail(errc::XdmWrite, Tr::tr("Archive IHE_XDM.ZIP impossible à écrire : %1").arg(metadata.error().message));
    QList<std::pair<QByteArray, QByteArray>> files{
        {"INDEX.HTM", indexHtm(package)},
        {"README.TXT", readmeTxt(package)},
        {"IHE_XDM/SUBSET01/METADATA.XML", *metadata},
        {"IHE_XDM/SUBSET01/DOC0001.XML", package.cda}};
    if (!package.pdf.isEmpty())
        files.append({"IHE_XDM/SUBSET01/DOC0002.PDF", package.pdf});

    zip_error_t error;
    zip_error_init(&error);
    std::unique_ptr<zip_source_t, SourceFree> buffer(zip_source_buffer_create(nullptr, 0, 0, &error));
    if (!buffer)
        return fail(errc::XdmWrite, Tr::tr("Archive IHE_XDM.ZIP impossible à écrire : %1").arg(zipMessage(&error)));
    zip_source_keep(buffer.get()); // the archive's close must not free it: the bytes are read after
    std::unique_ptr<zip_t, ZipCloser> archive(zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error));
    if (!archive) {
        zip_error_fini(&error);
        return fail(errc::XdmWrite, Tr::tr("Archive IHE_XDM.ZIP impossible à écrire : %1").arg(zipMessage(&error)));
    }
    const time_t mtime = package.submissionTime.isValid() ? package.submissionTime.toSecsSinceEpoch() : 0;
    for (const auto &[name, bytes] : files) {
        zip_source_t *source = zip_source_buffer(archive.get(), bytes.constData(), static_cast<zip_uint64_t>(bytes.size()), 0);
        if (!source)
            return fail(errc::XdmWrite, Tr::tr("Archive IHE_XDM.ZIP impossible à écrire : %1")
                                            .arg(QString::fromUtf8(zip_strerror(archive.get()))));
        const zip_int64_t index = zip_file_add(archive.get(), name.constData(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(source);
            return fail(errc::XdmWrite, Tr::tr("Archive IHE_XDM.ZIP impossible à écrire : %1")
                                            .arg(QString::fromUtf8(zip_strerror(archive.get()))));
        }
        zip_file_set_mtime(archive.get(), static_cast<zip_uint64_t>(index), mtime, 0);
        zip_set_file_compression(archive.get(), static_cast<zip_uint64_t>(index), ZIP_CM_DEFLATE, 9);
    }
    // `files` must outlive zip_close: the sources read the QByteArrays then.
    if (zip_close(archive.get()) < 0)
        return fail(errc::XdmWrite, Tr::tr("Archive IHE_XDM.ZIP impossible à écrire : %1")
                                        .arg(QString::fromUtf8(zip_strerror(archive.get()))));
    (void)archive.release(); // closed: nothing left to discard

    QByteArray out;
    zip_stat_t st;
    if (zip_source_stat(buffer.get(), &st) < 0 || zip_source_open(buffer.get()) < 0)
        return fail(errc::XdmWrite, Tr::tr("Archive IHE_XDM.ZIP impossible à relire après écriture."));
    out.resize(static_cast<qsizetype>(st.size));
    const zip_int64_t n = zip_source_read(buffer.get(), out.data(), st.size);
    zip_source_close(buffer.get());
    if (n < 0 || static_cast<zip_uint64_t>(n) != st.size)
        return fail(errc::XdmWrite, Tr::tr("Archive IHE_XDM.ZIP impossible à relire après écriture."));
    return out;
}

domain::Result<QList<XdmEntry>> XdmArchive::read(const QByteArray &zip)
{
    auto refuse = [](const QString &why) {
        return fail(errc::XdmRead, Tr::tr("Archive IHE_XDM.ZIP illisible : %1").arg(why));
    };
    if (zip.isEmpty())
        return refuse(Tr::tr("fichier vide"));
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *raw = zip_source_buffer_create(zip.constData(), static_cast<zip_uint64_t>(zip.size()), 0, &error);
    if (!raw)
        return refuse(zipMessage(&error));
    zip_t *opened = zip_open_from_source(raw, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!opened) {
        zip_source_free(raw);
        const QString why = zipMessage(&error);
        zip_error_fini(&error);
        return refuse(why);
    }
    std::unique_ptr<zip_t, ZipCloser> archive(opened);
    const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
    if (count > kMaxEntries)
        return refuse(Tr::tr("%1 fichiers (200 au plus)").arg(count));
    QList<XdmEntry> entries;
    zip_uint64_t total = 0;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        if (zip_stat_index(archive.get(), static_cast<zip_uint64_t>(i), 0, &st) < 0)
            return refuse(QString::fromUtf8(zip_strerror(archive.get())));
        const QString path = QString::fromUtf8(st.name);
        if (path.startsWith(QLatin1Char('/')) || path.split(QLatin1Char('/')).contains(QStringLiteral("..")))
            return refuse(Tr::tr("chemin interdit « %1 »").arg(path));
        if (path.endsWith(QLatin1Char('/')))
            continue; // a directory entry
        if (st.size > kMaxEntryBytes || total + st.size > kMaxTotalBytes)
            return refuse(Tr::tr("contenu trop volumineux (« %1 »)").arg(path));
        total += st.size;
        zip_file_t *file = zip_fopen_index(archive.get(), static_cast<zip_uint64_t>(i), 0);
        if (!file)
            return refuse(QString::fromUtf8(zip_strerror(archive.get())));
        QByteArray bytes(static_cast<qsizetype>(st.size), Qt::Uninitialized);
        const zip_int64_t n = zip_fread(file, bytes.data(), st.size);
        zip_fclose(file);
        if (n < 0 || static_cast<zip_uint64_t>(n) != st.size)
            return refuse(Tr::tr("fichier « %1 » corrompu").arg(path));
        entries.append({path, bytes});
    }
    return entries;
}

QList<XdmEntry> XdmArchive::documents(const QList<XdmEntry> &entries)
{
    QList<XdmEntry> out;
    for (const XdmEntry &e : entries) {
        if (!e.path.endsWith(QLatin1String("/METADATA.XML"), Qt::CaseInsensitive))
            continue;
        auto doc = xml::XmlDocument::parse(e.bytes, e.path);
        if (!doc)
            continue;
        auto uris = doc->select(QStringLiteral("//rim:ExtrinsicObject/rim:Slot[@name='URI']/rim:ValueList/rim:Value"),
                                {{QStringLiteral("rim"), QStringLiteral("urn:oasis:names:tc:ebxml-regrep:xsd:rim:3.0")}});
        if (!uris)
            continue;
        const QString folder = e.path.left(e.path.lastIndexOf(QLatin1Char('/')) + 1);
        for (const xml::XmlNode &uri : *uris) {
            const QString wanted = folder + uri.text().trimmed();
            for (const XdmEntry &candidate : entries) {
                if (candidate.path.compare(wanted, Qt::CaseInsensitive) == 0)
                    out.append(candidate);
            }
        }
    }
    if (!out.isEmpty())
        return out;
    for (const XdmEntry &e : entries) {
        if (e.path.startsWith(QLatin1String("IHE_XDM/"), Qt::CaseInsensitive)
            && e.path.endsWith(QLatin1String(".XML"), Qt::CaseInsensitive)
            && !e.path.endsWith(QLatin1String("/METADATA.XML"), Qt::CaseInsensitive))
            out.append(e);
    }
    return out;
}

} // namespace sgl::interop::mss
