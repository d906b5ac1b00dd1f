#include "interop/cda/CdaPdfExtractor.h"

#include "interop/cda/CdaOids.h"
#include "interop/cda/ErrorCodes.h"
#include "interop/xml/XmlDocument.h"

namespace sgl::interop::cda {

domain::Result<QByteArray> CdaPdfExtractor::extract(const QByteArray &cda)
{
    auto doc = xml::XmlDocument::parse(cda, QStringLiteral("document CDA"));
    if (!doc)
        return domain::fail(errc::Malformed,
                            QStringLiteral("Document CDA illisible : %1").arg(doc.error().message), doc.error().location);
    const xml::XmlNode root = doc->root();
    if (root.localName() != QLatin1String("ClinicalDocument") || root.namespaceUri() != QLatin1String(oid::kHl7Namespace))
        return domain::fail(errc::NotCda,
                            QStringLiteral("Ce fichier n'est pas un document CDA (élément racine « %1 »).").arg(root.localName()));
    const xml::XmlNamespaces ns{{QStringLiteral("h"), QString::fromLatin1(oid::kHl7Namespace)}};
    auto media = doc->selectFirst(
        QStringLiteral("//h:section[h:templateId/@root='%1']//h:observationMedia/h:value[@mediaType='application/pdf']"
                       " | /h:ClinicalDocument/h:component/h:nonXMLBody/h:text[@mediaType='application/pdf']")
            .arg(QLatin1String(oid::kFrPdfCopySection)),
        ns);
    if (!media || media->isNull())
        return domain::fail(errc::NotPdf, QStringLiteral("Ce document CDA ne contient pas de copie PDF."));
    const QByteArray bytes = QByteArray::fromBase64(media->text().toLatin1());
    if (!bytes.startsWith("%PDF-"))
        return domain::fail(errc::NotPdf,
                            QStringLiteral("La copie jointe au document CDA n'est pas un PDF valide."), media->path());
    return bytes;
}

} // namespace sgl::interop::cda
