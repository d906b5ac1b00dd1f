#include "interop/pdf/PdfAChecker.h"

#include "interop/pdf/ErrorCodes.h"
#include "interop/pdf/PdfAMetadata.h"
#include "interop/pdf/Tr.h"

#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <podofo/podofo.h>

#include <cstdlib>

namespace sgl::interop::pdf {

using namespace PoDoFo;

namespace {

QString nameOf(const PdfObject *o)
{
    return o && o->IsName() ? QString::fromStdString(o->GetName().GetName()) : QString();
}

QByteArray streamData(const PdfObject *o)
{
    if (!o || !o->HasStream())
        return {};
    char *buffer = nullptr;
    pdf_long length = 0;
    o->GetStream()->GetFilteredCopy(&buffer, &length);
    QByteArray out(buffer, static_cast<qsizetype>(length));
    podofo_free(buffer);
    return out;
}

bool hasFilter(const PdfObject *o, const char *filter)
{
    const PdfObject *f = o->GetDictionary().GetKey(PdfName("Filter"));
    if (!f)
        return false;
    if (f->IsName())
        return f->GetName() == PdfName(filter);
    if (f->IsArray())
        for (const auto &item : f->GetArray())
            if (item.IsName() && item.GetName() == PdfName(filter))
                return true;
    return false;
}

/** CIDs given a width by a CIDFont /W array ("c [w1 w2...]" and "cFirst cLast w" forms). */
QSet<long> widthCids(const PdfObject *w)
{
    QSet<long> cids;
    if (!w || !w->IsArray())
        return cids;
    const PdfArray &a = w->GetArray();
    for (std::size_t i = 0; i < a.size();) {
        if (!a[i].IsNumber())
            break;
        const long first = static_cast<long>(a[i].GetNumber());
        if (i + 1 < a.size() && a[i + 1].IsArray()) {
            for (std::size_t k = 0; k < a[i + 1].GetArray().size(); ++k)
                cids.insert(first + static_cast<long>(k));
            i += 2;
        } else if (i + 2 < a.size() && a[i + 1].IsNumber()) {
            for (long c = first; c <= static_cast<long>(a[i + 1].GetNumber()); ++c)
                cids.insert(c);
            i += 3;
        } else {
            break;
        }
    }
    return cids;
}

/** Source codes of a ToUnicode CMap (bfchar and bfrange). */
QSet<long> toUnicodeCids(const QByteArray &cmap)
{
    QSet<long> cids;
    static const QRegularExpression range(QStringLiteral("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>\\s*[<\\[]"));
    static const QRegularExpression single(QStringLiteral("^\\s*<([0-9A-Fa-f]+)>\\s*<[0-9A-Fa-f]+>\\s*$"));
    const QString text = QString::fromLatin1(cmap);
    bool inRange = false;
    bool inChar = false;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.contains(QLatin1String("beginbfrange"))) { inRange = true; continue; }
        if (line.contains(QLatin1String("endbfrange"))) { inRange = false; continue; }
        if (line.contains(QLatin1String("beginbfchar"))) { inChar = true; continue; }
        if (line.contains(QLatin1String("endbfchar"))) { inChar = false; continue; }
        if (inRange) {
            if (const auto m = range.match(line); m.hasMatch())
                for (long c = m.captured(1).toLong(nullptr, 16); c <= m.captured(2).toLong(nullptr, 16); ++c)
                    cids.insert(c);
        } else if (inChar) {
            if (const auto m = single.match(line); m.hasMatch())
                cids.insert(m.captured(1).toLong(nullptr, 16));
        }
    }
    return cids;
}

void inspectFont(PdfVecObjects &objects, PdfObject *font, PdfInspection &out)
{
    PdfFontReport r;
    r.subtype = nameOf(font->GetIndirectKey(PdfName("Subtype")));
    r.baseFont = nameOf(font->GetIndirectKey(PdfName("BaseFont")));
    r.subset = QRegularExpression(QStringLiteral("^[A-Z]{6}\\+")).match(r.baseFont).hasMatch();
    r.hasToUnicode = font->GetDictionary().HasKey(PdfName("ToUnicode"));
    PdfObject *descriptorOwner = font;
    if (r.subtype == QLatin1String("Type0")) {
        PdfObject *descendants = font->GetIndirectKey(PdfName("DescendantFonts"));
        if (descendants && descendants->IsArray() && !descendants->GetArray().empty()) {
            const PdfObject &first = descendants->GetArray()[0];
            descriptorOwner = first.IsReference() ? objects.GetObject(first.GetReference()) : nullptr;
        }
        r.hasWidths = descriptorOwner && descriptorOwner->GetDictionary().HasKey(PdfName("W"));
        if (r.hasWidths && r.hasToUnicode) {
            const QSet<long> widths = widthCids(descriptorOwner->GetIndirectKey(PdfName("W")));
            for (const long cid : toUnicodeCids(streamData(font->GetIndirectKey(PdfName("ToUnicode")))))
                if (!widths.contains(cid))
                    ++r.glyphsWithoutWidth;
        }
    } else if (r.subtype == QLatin1String("Type3")) {
        r.embedded = true; // glyphs are content streams
        r.hasWidths = font->GetDictionary().HasKey(PdfName("Widths"));
        out.fonts << r;
        return;
    } else {
        r.hasWidths = font->GetDictionary().HasKey(PdfName("Widths"));
    }
    PdfObject *descriptor = descriptorOwner ? descriptorOwner->GetIndirectKey(PdfName("FontDescriptor")) : nullptr;
    if (descriptor) {
        const PdfDictionary &d = descriptor->GetDictionary();
        r.embedded = d.HasKey(PdfName("FontFile")) || d.HasKey(PdfName("FontFile2"))
            || d.HasKey(PdfName("FontFile3"));
        r.hasCidSet = d.HasKey(PdfName("CIDSet"));
    }
    out.fonts << r;
}

} // namespace

QString PdfAChecker::xmpValue(const QByteArray &xmp, const QString &qualifiedName)
{
    QXmlStreamReader reader(xmp);
    bool inside = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            if (reader.qualifiedName() == qualifiedName) {
                inside = true;
                continue;
            }
            if (inside && reader.qualifiedName() == QLatin1String("rdf:li"))
                return reader.readElementText().trimmed();
        } else if (reader.isCharacters() && inside && !reader.isWhitespace()) {
            return reader.text().toString().trimmed();
        } else if (reader.isEndElement() && reader.qualifiedName() == qualifiedName) {
            inside = false;
        }
    }
    return {};
}

domain::Result<PdfInspection> PdfAChecker::inspect(const QByteArray &pdf)
{
    PdfInspection out;
    static const QRegularExpression header(QStringLiteral("^%PDF-(\\d\\.\\d)"));
    if (const auto m = header.match(QString::fromLatin1(pdf.left(16))); m.hasMatch())
        out.headerVersion = m.captured(1);
    const qsizetype eol = pdf.indexOf('\n');
    if (eol > 0 && pdf.size() > eol + 5 && pdf[eol + 1] == '%') {
        int high = 0;
        for (qsizetype i = eol + 2; i < pdf.size() && pdf[i] != '\n' && pdf[i] != '\r'; ++i)
            if (static_cast<unsigned char>(pdf[i]) >= 128)
                ++high;
        out.binaryCommentLine = high >= 4;
    }
    static const QRegularExpression objNoEol(QStringLiteral("\\d+ \\d+ obj[^\\r\\n]"));
    if (objNoEol.match(QString::fromLatin1(pdf)).hasMatch())
        out.forbidden << Tr::tr("mot-clé « obj » non suivi d'une fin de ligne (§6.1.8)");

    try {
        // PdfParser rather than PdfMemDocument: the latter stamps a new ModDate into the Info
        // dictionary it loads, which would hide what the file really says.
        PdfVecObjects objects;
        PdfParser parser(&objects);
        parser.ParseFile(PdfRefCountedInputDevice(pdf.constData(), static_cast<size_t>(pdf.size())), false);
        out.encrypted = parser.GetEncrypted();
        const PdfObject *trailer = parser.GetTrailer();
        if (!trailer || !trailer->IsDictionary())
            return domain::fail(errc::UnreadablePdf, Tr::tr("PDF illisible : trailer absent."));
        const PdfObject *id = trailer->GetDictionary().GetKey(PdfName("ID"));
        out.hasTrailerId = id && id->IsArray() && id->GetArray().size() == 2;
        if (trailer->GetDictionary().HasKey(PdfName("Encrypt")))
            out.encrypted = true;
        const auto resolve = [&objects](const PdfObject *o) -> PdfObject * {
            if (!o)
                return nullptr;
            return o->IsReference() ? objects.GetObject(o->GetReference()) : const_cast<PdfObject *>(o);
        };
        if (PdfObject *info = resolve(trailer->GetDictionary().GetKey(PdfName("Info"))); info && info->IsDictionary())
            for (const auto &[key, value] : info->GetDictionary().GetKeys())
                if (value->IsString() || value->IsHexString())
                    out.info.insert(QString::fromStdString(key.GetName()),
                                    QString::fromUtf8(value->GetString().GetStringUtf8().c_str()));
        PdfObject *catalog = resolve(trailer->GetDictionary().GetKey(PdfName("Root")));
        if (!catalog || !catalog->IsDictionary())
            return domain::fail(errc::UnreadablePdf, Tr::tr("PDF illisible : catalogue absent."));
        if (PdfObject *pages = catalog->GetIndirectKey(PdfName("Pages")))
            if (const PdfObject *count = pages->GetIndirectKey(PdfName("Count")); count && count->IsNumber())
                out.pageCount = static_cast<int>(count->GetNumber());
        if (PdfObject *metadata = catalog->GetIndirectKey(PdfName("Metadata"))) {
            out.xmpFiltered = metadata->GetDictionary().HasKey(PdfName("Filter"));
            out.xmp = streamData(metadata);
        }
        if (PdfObject *intents = catalog->GetIndirectKey(PdfName("OutputIntents")); intents && intents->IsArray())
            for (const auto &item : intents->GetArray()) {
                PdfObject *intent = resolve(&item);
                if (!intent || !intent->IsDictionary())
                    continue;
                out.outputIntentSubtype = nameOf(intent->GetIndirectKey(PdfName("S")));
                if (PdfObject *profile = intent->GetIndirectKey(PdfName("DestOutputProfile"))) {
                    if (const PdfObject *n = profile->GetIndirectKey(PdfName("N")); n && n->IsNumber())
                        out.iccComponents = static_cast<int>(n->GetNumber());
                    const QByteArray icc = streamData(profile);
                    if (icc.size() > 8)
                        out.iccMajorVersion = static_cast<unsigned char>(icc[8]);
                }
            }

        for (PdfObject *o : objects) {
            if (!o || !o->IsDictionary())
                continue;
            const PdfDictionary &d = o->GetDictionary();
            const QString type = nameOf(d.GetKey(PdfName("Type")));
            if (type == QLatin1String("Font") && !d.HasKey(PdfName("FontFile2"))
                && nameOf(d.GetKey(PdfName("Subtype"))) != QLatin1String("CIDFontType2")
                && nameOf(d.GetKey(PdfName("Subtype"))) != QLatin1String("CIDFontType0"))
                inspectFont(objects, o, out);
            if (const PdfObject *smask = d.GetKey(PdfName("SMask")); smask && nameOf(smask) != QLatin1String("None"))
                out.transparency << Tr::tr("masque de transparence (SMask), objet %1").arg(o->Reference().ObjectNumber());
            for (const char *alpha : {"CA", "ca"})
                if (const PdfObject *a = d.GetKey(PdfName(alpha)); a && a->IsNumber() ? false : a && a->IsReal() && a->GetReal() < 1.0)
                    out.transparency << Tr::tr("opacité %1 < 1, objet %2").arg(QLatin1String(alpha)).arg(o->Reference().ObjectNumber());
            if (const PdfObject *group = d.GetKey(PdfName("Group")); group && group->IsDictionary()
                && nameOf(group->GetDictionary().GetKey(PdfName("S"))) == QLatin1String("Transparency"))
                out.transparency << Tr::tr("groupe de transparence, objet %1").arg(o->Reference().ObjectNumber());
            if (d.HasKey(PdfName("JS")) || nameOf(d.GetKey(PdfName("S"))) == QLatin1String("JavaScript"))
                out.forbidden << Tr::tr("JavaScript, objet %1").arg(o->Reference().ObjectNumber());
            if (const PdfObject *interpolate = d.GetKey(PdfName("Interpolate")); interpolate && interpolate->IsBool()
                && interpolate->GetBool())
                out.forbidden << Tr::tr("image interpolée (/Interpolate true), objet %1").arg(o->Reference().ObjectNumber());
            if (d.HasKey(PdfName("Alternates")) || d.HasKey(PdfName("OPI")))
                out.forbidden << Tr::tr("image alternative ou OPI, objet %1").arg(o->Reference().ObjectNumber());
            if (d.HasKey(PdfName("EmbeddedFiles")))
                out.forbidden << Tr::tr("fichiers incorporés, objet %1").arg(o->Reference().ObjectNumber());
            if (o->HasStream() && hasFilter(o, "LZWDecode"))
                out.forbidden << Tr::tr("compression LZW, objet %1").arg(o->Reference().ObjectNumber());
        }
    } catch (const PdfError &e) {
        const char *name = PdfError::ErrorName(e.GetError());
        return domain::fail(errc::UnreadablePdf,
                            Tr::tr("PDF illisible : %1.").arg(QString::fromUtf8(name ? name : "?")));
    }
    return out;
}

QStringList PdfAChecker::problems(const PdfInspection &in)
{
    QStringList p;
    if (in.headerVersion != QLatin1String("1.4"))
        p << Tr::tr("version PDF %1 au lieu de 1.4").arg(in.headerVersion);
    if (!in.binaryCommentLine)
        p << Tr::tr("ligne de commentaire binaire absente après l'en-tête (§6.1.2)");
    if (in.encrypted)
        p << Tr::tr("document chiffré");
    if (!in.hasTrailerId)
        p << Tr::tr("identifiant /ID absent du trailer");
    if (in.xmp.isEmpty())
        p << Tr::tr("métadonnées XMP absentes");
    if (in.xmpFiltered)
        p << Tr::tr("flux XMP compressé (§6.7.2)");
    if (!in.xmp.isEmpty()) {
        if (xmpValue(in.xmp, QStringLiteral("pdfaid:part")) != QLatin1String("1"))
            p << Tr::tr("pdfaid:part différent de 1");
        if (xmpValue(in.xmp, QStringLiteral("pdfaid:conformance")) != QLatin1String("B"))
            p << Tr::tr("pdfaid:conformance différent de B");
        const std::pair<const char *, const char *> text[] = {
            {"Title", "dc:title"},         {"Author", "dc:creator"},     {"Subject", "dc:description"},
            {"Keywords", "pdf:Keywords"}, {"Creator", "xmp:CreatorTool"}, {"Producer", "pdf:Producer"}};
        for (const auto &[key, property] : text) {
            const QString infoValue = in.info.value(QLatin1String(key));
            const QString xmpText = xmpValue(in.xmp, QLatin1String(property));
            if (infoValue != xmpText)
                p << Tr::tr("Info /%1 « %2 » différent de XMP %3 « %4 »")
                         .arg(QLatin1String(key), infoValue, QLatin1String(property), xmpText);
        }
        const std::pair<const char *, const char *> dates[] = {{"CreationDate", "xmp:CreateDate"},
                                                               {"ModDate", "xmp:ModifyDate"}};
        for (const auto &[key, property] : dates) {
            const QString infoValue = in.info.value(QLatin1String(key));
            const QString xmpText = xmpValue(in.xmp, QLatin1String(property));
            if (infoValue.isEmpty() && xmpText.isEmpty())
                continue;
            const QDateTime a = PdfAMetadata::parseDate(infoValue);
            const QDateTime b = PdfAMetadata::parseDate(xmpText);
            if (!a.isValid() || !b.isValid() || a != b || a.offsetFromUtc() != b.offsetFromUtc())
                p << Tr::tr("Info /%1 « %2 » différent de XMP %3 « %4 »")
                         .arg(QLatin1String(key), infoValue, QLatin1String(property), xmpText);
        }
    }
    if (in.outputIntentSubtype != QLatin1String("GTS_PDFA1"))
        p << Tr::tr("OutputIntent /GTS_PDFA1 absent");
    else {
        if (in.iccComponents != 3)
            p << Tr::tr("profil ICC de l'OutputIntent avec /N %1 au lieu de 3").arg(in.iccComponents);
        if (in.iccMajorVersion < 2 || in.iccMajorVersion > 2)
            p << Tr::tr("profil ICC version %1 (PDF/A-1 exige la version 2)").arg(in.iccMajorVersion);
    }
    for (const auto &f : in.fonts) {
        if (!f.embedded)
            p << Tr::tr("police non incorporée : %1").arg(f.baseFont);
        if (!f.hasWidths)
            p << Tr::tr("police sans largeurs : %1").arg(f.baseFont);
        if (f.glyphsWithoutWidth > 0)
            p << Tr::tr("%1 glyphes sans largeur dans /W : %2").arg(f.glyphsWithoutWidth).arg(f.baseFont);
        if (f.subtype == QLatin1String("Type0") && f.subset && !f.hasCidSet)
            p << Tr::tr("sous-ensemble CID sans CIDSet (§6.3.5) : %1").arg(f.baseFont);
    }
    for (const auto &t : in.transparency)
        p << Tr::tr("transparence interdite : %1").arg(t);
    for (const auto &f : in.forbidden)
        p << Tr::tr("élément interdit : %1").arg(f);
    return p;
}

} // namespace sgl::interop::pdf
