#include "interop/xml/XmlCanonicalizer.h"

#include "interop/xml/ErrorCodes.h"
#include "interop/xml/Tr.h"
#include "interop/xml/XmlDocument.h"
#include "interop/xml/XmlSecLibrary.h"

#include <QCryptographicHash>

#include <libxml/c14n.h>
#include <libxml/tree.h>

namespace sgl::interop::xml {

namespace {

struct ModeEntry {
    XmlC14nMode mode;
    const char *uri;
};
constexpr ModeEntry Modes[] = {
    {XmlC14nMode::C14n, xmldsig::C14n},
    {XmlC14nMode::C14nWithComments, xmldsig::C14nWithComments},
    {XmlC14nMode::ExcC14n, xmldsig::ExcC14n},
    {XmlC14nMode::ExcC14nWithComments, xmldsig::ExcC14nWithComments},
};

} // namespace

std::optional<XmlC14nMode> XmlCanonicalizer::modeFor(const QString &algorithm)
{
    for (const ModeEntry &e : Modes)
        if (algorithm == QLatin1StringView(e.uri))
            return e.mode;
    return std::nullopt;
}

QString XmlCanonicalizer::algorithm(XmlC14nMode mode)
{
    for (const ModeEntry &e : Modes)
        if (e.mode == mode)
            return QString::fromLatin1(e.uri);
    return {};
}

QString XmlCanonicalizer::digestAlgorithm(XmlDigestAlgorithm algorithm)
{
    return QString::fromLatin1(algorithm == XmlDigestAlgorithm::Sha1 ? xmldsig::Sha1 : xmldsig::Sha256);
}

domain::Result<QByteArray> XmlCanonicalizer::canonicalize(const QByteArray &xml, XmlC14nMode mode)
{
    auto doc = XmlDocument::parse(xml, QStringLiteral("document à canonicaliser"));
    if (!doc)
        return std::unexpected(doc.error());
    const ScopedLibxmlSilence silence;
    const bool exclusive = mode == XmlC14nMode::ExcC14n || mode == XmlC14nMode::ExcC14nWithComments;
    const bool comments = mode == XmlC14nMode::C14nWithComments || mode == XmlC14nMode::ExcC14nWithComments;
    xmlChar *out = nullptr;
    const int size = xmlC14NDocDumpMemory(doc->raw(), nullptr, exclusive ? XML_C14N_EXCLUSIVE_1_0 : XML_C14N_1_0,
                                          nullptr, comments ? 1 : 0, &out);
    if (size < 0 || out == nullptr) {
        xmlFree(out);
        return domain::fail(errc::CanonicalizationFailed, Tr::tr("Canonicalisation XML impossible : %1").arg(doc->sourceName()),
                            doc->sourceName());
    }
    QByteArray bytes(reinterpret_cast<const char *>(out), size);
    xmlFree(out);
    return bytes;
}

domain::Result<QByteArray> XmlCanonicalizer::referenceDigest(const QByteArray &content, const QStringList &transforms,
                                                            const QString &digestMethod, bool allowSha1)
{
    QCryptographicHash::Algorithm hash;
    if (digestMethod == QLatin1StringView(xmldsig::Sha256))
        hash = QCryptographicHash::Sha256;
    else if (allowSha1 && digestMethod == QLatin1StringView(xmldsig::Sha1))
        hash = QCryptographicHash::Sha1;
    else
        return domain::fail(errc::SignatureUnsupportedAlgorithm,
                            Tr::tr("Algorithme de signature non accepté : %1").arg(digestMethod), digestMethod);
    QByteArray data = content;
    for (const QString &t : transforms) {
        const auto mode = modeFor(t);
        if (!mode)
            return domain::fail(errc::SignatureUnsupportedAlgorithm, Tr::tr("Algorithme de signature non accepté : %1").arg(t), t);
        auto c = canonicalize(data, *mode);
        if (!c)
            return std::unexpected(c.error());
        data = *c;
    }
    return QCryptographicHash::hash(data, hash);
}

} // namespace sgl::interop::xml
