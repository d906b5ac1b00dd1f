#include "interop/pdf/PdfAConformance.h"

#include "interop/pdf/SrgbIccProfile.h"

#include <podofo/podofo.h>

namespace sgl::interop::pdf {

using namespace PoDoFo;

namespace {

PdfString unicode(const QString &s)
{
    const QByteArray utf8 = s.toUtf8();
    return PdfString(reinterpret_cast<const pdf_utf8 *>(utf8.constData()));
}

PdfString ascii(const QString &s)
{
    const QByteArray latin = s.toLatin1();
    return PdfString(latin.constData());
}

} // namespace

void PdfAConformance::apply(PdfMemDocument &doc, const PdfAMetadata &metadata, const QString &language)
{
    doc.SetPdfVersion(ePdfVersion_1_4);
    doc.SetWriteMode(ePdfWriteMode_Clean);

    // Info: exactly the XMP values. PoDoFo pre-fills Producer and CreationDate: replaced.
    PdfDictionary &info = doc.GetInfo()->GetObject()->GetDictionary();
    info.Clear();
    const auto put = [&info](const char *key, const QString &value) {
        if (!value.isEmpty())
            info.AddKey(PdfName(key), unicode(value));
    };
    put("Title", metadata.title);
    put("Author", metadata.author);
    put("Subject", metadata.subject);
    put("Keywords", metadata.keywords);
    put("Creator", metadata.creatorTool);
    put("Producer", metadata.producer);
    if (metadata.created.isValid())
        info.AddKey(PdfName("CreationDate"), ascii(PdfAMetadata::pdfDate(metadata.created)));
    if (metadata.modified.isValid())
        info.AddKey(PdfName("ModDate"), ascii(PdfAMetadata::pdfDate(metadata.modified)));

    PdfObject *catalog = doc.GetCatalog();
    PdfVecObjects &objects = doc.GetObjects();

    // XMP stream: no Filter (ISO 19005-1 §6.7.2), so non-PDF tools can find the packet.
    const QByteArray xmp = metadata.xmpPacket();
    PdfObject *metadataObject = objects.CreateObject("Metadata");
    metadataObject->GetDictionary().AddKey(PdfName("Subtype"), PdfName("XML"));
    metadataObject->GetStream()->Set(xmp.constData(), xmp.size(), TVecFilters());
    catalog->GetDictionary().AddKey(PdfName("Metadata"), metadataObject->Reference());

    const QByteArray icc = srgbIccProfile();
    PdfObject *profile = objects.CreateObject();
    profile->GetDictionary().AddKey(PdfName("N"), static_cast<pdf_int64>(3));
    profile->GetDictionary().AddKey(PdfName("Alternate"), PdfName("DeviceRGB"));
    // Compressed once per process: the profile is the same in every report.
    static const QByteArray deflated = qCompress(icc, 9).mid(4); // zlib stream without Qt's length
    profile->GetDictionary().AddKey(PdfName("Filter"), PdfName("FlateDecode"));
    PdfMemoryInputStream raw(deflated.constData(), deflated.size());
    profile->GetStream()->SetRawData(&raw, deflated.size());

    PdfObject *intent = objects.CreateObject("OutputIntent");
    PdfDictionary &d = intent->GetDictionary();
    d.AddKey(PdfName("S"), PdfName("GTS_PDFA1"));
    d.AddKey(PdfName("OutputConditionIdentifier"), PdfString("sRGB IEC61966-2.1"));
    d.AddKey(PdfName("RegistryName"), PdfString("http://www.color.org"));
    d.AddKey(PdfName("Info"), PdfString("sRGB IEC61966-2.1"));
    d.AddKey(PdfName("DestOutputProfile"), profile->Reference());
    PdfArray intents;
    intents.push_back(intent->Reference());
    catalog->GetDictionary().AddKey(PdfName("OutputIntents"), intents);

    catalog->GetDictionary().AddKey(PdfName("Lang"), ascii(language));
    PdfDictionary prefs;
    prefs.AddKey(PdfName("DisplayDocTitle"), PdfVariant(true));
    catalog->GetDictionary().AddKey(PdfName("ViewerPreferences"), prefs);
}

} // namespace sgl::interop::pdf
