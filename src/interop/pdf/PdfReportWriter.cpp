#include "interop/pdf/PdfReportWriter.h"

#include "interop/pdf/ErrorCodes.h"
#include "interop/pdf/FontProgramCache.h"
#include "interop/pdf/InsDataMatrix.h"
#include "interop/pdf/PdfAConformance.h"
#include "interop/pdf/PdfFontProvider.h"
#include "interop/pdf/PdfPagePainter.h"
#include "interop/pdf/ReportLayout.h"
#include "interop/pdf/ReportText.h"
#include "interop/pdf/Tr.h"

#include <podofo/podofo.h>
#include <ft2build.h>
#include FT_FREETYPE_H

#include <algorithm>
#include <cmath>
#include <map>

namespace sgl::interop::pdf {

using domain::fail;
using namespace PoDoFo;

namespace {

domain::Status checkContent(const domain::ReportContent &c)
{
    const auto missing = [](const QString &what, const QString &where) {
        return fail(errc::ContentIncomplete,
                    Tr::tr("Compte rendu incomplet : %1.").arg(what), where);
    };
    const auto &t = c.patient.traits;
    if (t.birthName.trimmed().isEmpty() && t.usedName.trimmed().isEmpty())
        return missing(Tr::tr("nom du patient absent"), QStringLiteral("ReportContent.patient.traits.birthName"));
    if (c.author.familyName.trimmed().isEmpty())
        return missing(Tr::tr("biologiste validateur absent"), QStringLiteral("ReportContent.author.familyName"));
    if (!c.effectiveTime.isValid())
        return missing(Tr::tr("date d'édition absente"), QStringLiteral("ReportContent.effectiveTime"));
    if (c.versionNumber < 1)
        return missing(Tr::tr("numéro de version invalide (%1)").arg(c.versionNumber),
                       QStringLiteral("ReportContent.versionNumber"));
    if (c.versionNumber > 1 && c.replacedDocumentId.isEmpty())
        return missing(Tr::tr("un rectificatif doit désigner la version qu'il remplace"),
                       QStringLiteral("ReportContent.replacedDocumentId"));
    qsizetype observations = 0;
    for (qsizetype ci = 0; ci < c.chapters.size(); ++ci) {
        const auto &chapter = c.chapters[ci];
        if (chapter.title.trimmed().isEmpty())
            return missing(Tr::tr("chapitre sans titre"), QStringLiteral("ReportContent.chapters[%1].title").arg(ci));
        for (qsizetype bi = 0; bi < chapter.batteries.size(); ++bi)
            for (qsizetype oi = 0; oi < chapter.batteries[bi].observations.size(); ++oi) {
                ++observations;
                if (chapter.batteries[bi].observations[oi].label.trimmed().isEmpty())
                    return missing(Tr::tr("analyse sans libellé"),
                                   QStringLiteral("ReportContent.chapters[%1].batteries[%2].observations[%3].label")
                                       .arg(ci)
                                       .arg(bi)
                                       .arg(oi));
            }
    }
    if (observations == 0)
        return missing(Tr::tr("aucun résultat à imprimer"), QStringLiteral("ReportContent.chapters"));
    return {};
}

struct FreeTypeLibrary {
    FT_Library lib = nullptr;
    FreeTypeLibrary() { FT_Init_FreeType(&lib); }
    ~FreeTypeLibrary()
    {
        if (lib)
            FT_Done_FreeType(lib);
    }
    FreeTypeLibrary(const FreeTypeLibrary &) = delete;
    FreeTypeLibrary &operator=(const FreeTypeLibrary &) = delete;
};

PdfObject *cidFont(PdfMemDocument &doc, PdfFont *font)
{
    PdfObject *descendants = font->GetObject()->GetIndirectKey(PdfName("DescendantFonts"));
    if (!descendants || !descendants->IsArray() || descendants->GetArray().empty())
        return nullptr;
    const PdfObject &first = descendants->GetArray()[0];
    return first.IsReference() ? doc.GetObjects().GetObject(first.GetReference()) : nullptr;
}

/**
 * Replaces PoDoFo's /W array. PoDoFo 0.9.8 (PdfFontCID::CreateWidth) drops the last run of
 * equal widths, so the highest glyph ids (accented letters in a subset) fell back to the
 * default width 1000 and printed with a gap. Only the glyphs the report uses are listed.
 */
void writeWidths(PdfObject *descendant, PdfFont *font, const QSet<char32_t> &codePoints)
{
    const PdfFontMetrics *metrics = font->GetFontMetrics();
    std::map<long, double> widths;
    for (const char32_t cp : codePoints) {
        const long gid = metrics->GetGlyphId(static_cast<long>(cp));
        if (gid > 0)
            widths[gid] = metrics->GetGlyphWidth(static_cast<int>(gid));
    }
    PdfArray w;
    auto it = widths.cbegin();
    while (it != widths.cend()) {
        const long start = it->first;
        PdfArray run;
        long expected = start;
        while (it != widths.cend() && it->first == expected) {
            run.push_back(PdfVariant(static_cast<pdf_int64>(std::lround(it->second))));
            ++expected;
            ++it;
        }
        w.push_back(PdfVariant(static_cast<pdf_int64>(start)));
        w.push_back(run);
    }
    descendant->GetDictionary().AddKey(PdfName("W"), w);
}

/**
 * Replaces PoDoFo's ToUnicode CMap with one listing exactly the glyphs the report uses (text
 * extraction, search): with a whole font PoDoFo's maps every glyph of the range, and its
 * bfrange grouping is only right when glyph ids follow code points.
 */
void writeToUnicode(PdfFont *font, const QSet<char32_t> &codePoints)
{
    PdfObject *toUnicode = font->GetObject()->GetIndirectKey(PdfName("ToUnicode"));
    if (!toUnicode)
        PODOFO_RAISE_ERROR_INFO(ePdfError_InvalidHandle, "ToUnicode missing");
    const PdfFontMetrics *metrics = font->GetFontMetrics();
    std::map<long, char32_t> byGlyph;
    for (const char32_t cp : codePoints) {
        const long gid = metrics->GetGlyphId(static_cast<long>(cp));
        if (gid > 0 && !byGlyph.contains(gid))
            byGlyph[gid] = cp;
    }
    QByteArray cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    auto it = byGlyph.cbegin();
    while (it != byGlyph.cend()) {
        QByteArray block;
        int count = 0;
        for (; it != byGlyph.cend() && count < 100; ++it, ++count) // at most 100 per block
            block += '<' + QByteArray::number(static_cast<qlonglong>(it->first), 16).rightJustified(4, '0').toUpper()
                + "> <" + QByteArray::number(static_cast<qlonglong>(it->second), 16).rightJustified(4, '0').toUpper()
                + ">\n";
        cmap += QByteArray::number(count) + " beginbfchar\n" + block + "endbfchar\n";
    }
    cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    toUnicode->GetStream()->Set(cmap.constData(), cmap.size());
}

/** Info / XMP values of a report (PDF/A-1b states them twice, identically). */
PdfAMetadata metadataFor(const domain::ReportContent &content, const PdfLayoutOptions &options)
{
    PdfAMetadata metadata;
    metadata.title = Tr::tr("Compte rendu d'examens biologiques");
    if (!content.dossierNumber.isEmpty())
        metadata.title += Tr::tr(" – dossier %1").arg(content.dossierNumber);
    if (content.versionNumber > 1)
        metadata.title += Tr::tr(" – rectificatif (version %1)").arg(content.versionNumber);
    metadata.author = options.letterhead.labName;
    metadata.subject = content.patientVersion ? Tr::tr("Biologie médicale – exemplaire patient")
                                              : Tr::tr("Biologie médicale – exemplaire professionnel");
    // The writer derives the trailer /ID from the Info dictionary: the document id in the
    // keywords makes it unique per report version (and stable for the same content).
    metadata.keywords = content.documentId.isEmpty()
        ? Tr::tr("compte rendu de biologie médicale")
        : Tr::tr("compte rendu de biologie médicale, %1").arg(content.documentId);
    metadata.creatorTool = options.creatorTool;
    metadata.producer = options.subsetFonts ? QStringLiteral("PoDoFo 0.9.8, HarfBuzz hb-subset, libdmtx")
                                              : QStringLiteral("PoDoFo 0.9.8, libdmtx");
    metadata.created = content.effectiveTime;
    metadata.modified = content.effectiveTime;

    return metadata;
}

/**
 * Creates one Type0/CIDFontType2 font from a cached program: Identity-H, our /W and ToUnicode,
 * FontFile2 written from the already compressed program, CIDSet for a subset. Throws PdfError.
 */
PdfFont *embedFont(PdfMemDocument &doc, FT_Library *freetype, const FontProgram &program,
                   const QSet<char32_t> &used, bool subset)
{
    const auto minmax = std::minmax_element(used.cbegin(), used.cend());
    auto *metrics = new PdfFontMetricsFreetype(freetype, program.font.constData(),
                                               static_cast<unsigned>(program.font.size()), false,
                                               program.subsetTag.isEmpty() ? nullptr : program.subsetTag.constData());
    // Identity-H over the used range (PoDoFo refuses codes outside it). Not embedded by
    // PoDoFo: FontFile2 is added below from the cached compressed program.
    auto *encoding = new PdfIdentityEncoding(static_cast<int>(*minmax.first), static_cast<int>(*minmax.second), true);
    PdfFont *font = PdfFontFactory::CreateFontObject(metrics, ePdfFont_Normal, encoding, &doc.GetObjects());
    if (!font)
        PODOFO_RAISE_ERROR_INFO(ePdfError_InvalidFontFile, "font creation failed");
    PdfObject *descendant = cidFont(doc, font);
    PdfObject *descriptor = descendant ? descendant->GetIndirectKey(PdfName("FontDescriptor")) : nullptr;
    if (!descriptor)
        PODOFO_RAISE_ERROR_INFO(ePdfError_InvalidFontFile, "CID font without descriptor");
    writeWidths(descendant, font, used);
    writeToUnicode(font, used);

    PdfObject *file = doc.GetObjects().CreateObject();
    file->GetDictionary().AddKey(PdfName("Length1"), static_cast<pdf_int64>(program.font.size()));
    file->GetDictionary().AddKey(PdfName("Filter"), PdfName("FlateDecode"));
    PdfMemoryInputStream raw(program.deflated.constData(), program.deflated.size());
    file->GetStream()->SetRawData(&raw, program.deflated.size());
    descriptor->GetDictionary().AddKey(PdfName("FontFile2"), file->Reference());

    if (subset) {
        // PDF/A-1 §6.3.5: a CIDFont subset lists its CIDs in a CIDSet stream. Glyphs are
        // renumbered 0..n-1 by the subsetter and CIDToGIDMap is Identity: all n are present.
        const int n = program.glyphCount;
        QByteArray bits((n + 7) / 8, '\0');
        for (int g = 0; g < n; ++g)
            bits[g / 8] = static_cast<char>(bits[g / 8] | (0x80 >> (g % 8)));
        PdfObject *cidSet = doc.GetObjects().CreateObject();
        cidSet->GetStream()->Set(bits.constData(), bits.size());
        descriptor->GetDictionary().AddKey(PdfName("CIDSet"), cidSet->Reference());
    }
    return font;
}

} // namespace

PdfReportWriter::PdfReportWriter(PdfLayoutOptions options)
    : m_options(std::move(options)),
      m_fonts(std::make_unique<PdfFontProvider>(m_options.regularFontPath, m_options.boldFontPath))
{
}

PdfReportWriter::~PdfReportWriter() = default;

domain::Result<QByteArray> PdfReportWriter::write(const domain::ReportContent &content) const
{
    if (auto ok = m_options.validate(); !ok)
        return std::unexpected(ok.error());
    if (auto ok = checkContent(content); !ok)
        return std::unexpected(ok.error());
    if (auto ok = m_fonts->load(); !ok)
        return std::unexpected(ok.error());

    std::shared_ptr<const DataMatrixSymbol> symbol;
    if (m_options.insDataMatrix && content.patient.insUsable()) {
        auto payload = InsDataMatrix::payload(content.patient);
        if (!payload)
            return std::unexpected(payload.error());
        auto encoded = InsDataMatrix::encode(*payload);
        if (!encoded)
            return std::unexpected(encoded.error());
        symbol = std::make_shared<const DataMatrixSymbol>(std::move(*encoded));
    }

    ReportLayout layout(m_options, *m_fonts, content, symbol);
    const std::vector<PageDisplayList> pages = layout.layout();

    std::array<QSet<char32_t>, 2> used;
    for (const auto &p : pages)
        for (const auto &op : p.ops)
            if (const auto *t = std::get_if<TextOp>(&op))
                for (const char32_t cp : t->text.toUcs4()) {
                    // Identity-H codes are 16-bit: a code point beyond the BMP cannot be shown.
                    if (cp > 0xFFFF || !m_fonts->hasGlyph(t->font, cp))
                        return fail(errc::FontUnavailable,
                                    Tr::tr("Le caractère « %1 » (U+%2) n'existe pas dans la police « %3 » : "
                                       "texte concerné « %4 ».")
                                        .arg(QString::fromUcs4(&cp, 1))
                                        .arg(static_cast<uint>(cp), 4, 16, QLatin1Char('0'))
                                        .arg(m_fonts->path(t->font), t->text),
                                    QStringLiteral("ReportContent"));
                    used[static_cast<std::size_t>(t->font)].insert(cp);
                }

    std::array<std::shared_ptr<const FontProgram>, 2> programs;
    for (std::size_t i = 0; i < 2; ++i) {
        if (used[i].isEmpty())
            continue;
        auto program = FontProgramCache::shared().get(*m_fonts, static_cast<FontStyle>(i), used[i], m_options.subsetFonts);
        if (!program)
            return std::unexpected(program.error());
        programs[i] = std::move(*program);
    }

    const PdfAMetadata metadata = metadataFor(content, m_options);

    try {
        FreeTypeLibrary freetype; // outlives the document and its font metrics
        if (!freetype.lib)
            return fail(errc::WriterFailed, Tr::tr("Initialisation de FreeType impossible."));
        PdfMemDocument doc;
        std::array<PdfFont *, 2> fonts{nullptr, nullptr};
        for (std::size_t i = 0; i < 2; ++i) {
            if (!programs[i])
                continue;
            fonts[i] = embedFont(doc, &freetype.lib, *programs[i], used[i], m_options.subsetFonts);
        }
        // The document owns the image's PDF object; the PdfImage wrapper is ours.
        std::unique_ptr<PdfImage> dataMatrix(symbol ? PdfPagePainter::dataMatrixImage(doc, *symbol) : nullptr);
        const PdfPagePainter painter(fonts, dataMatrix.get());
        for (const auto &list : pages) {
            PdfPage *page = doc.CreatePage(PdfRect(0, 0, ReportLayout::PageWidth, ReportLayout::PageHeight));
            painter.paint(*page, list);
        }
        PdfAConformance::apply(doc, metadata);

        PdfRefCountedBuffer buffer;
        PdfOutputDevice device(&buffer);
        doc.Write(&device);
        return QByteArray(buffer.GetBuffer(), static_cast<qsizetype>(device.GetLength()));
    } catch (const PdfError &e) {
        const char *name = PdfError::ErrorName(e.GetError());
        return fail(errc::WriterFailed,
                    Tr::tr("Erreur PoDoFo pendant la création du PDF : %1.").arg(QString::fromUtf8(name ? name : "?")));
    } catch (const std::exception &e) {
        return fail(errc::WriterFailed,
                    Tr::tr("Erreur pendant la création du PDF : %1.").arg(QString::fromUtf8(e.what())));
    }
}

} // namespace sgl::interop::pdf
