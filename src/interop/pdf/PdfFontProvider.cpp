#include "interop/pdf/PdfFontProvider.h"

#include "interop/pdf/ErrorCodes.h"
#include "interop/pdf/Tr.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_ADVANCES_H
#include FT_TRUETYPE_TABLES_H
#include FT_TRUETYPE_TAGS_H

namespace sgl::interop::pdf {

namespace {
/** PoDoFo embeds CIDFontType2 only: TrueType outlines (glyf), not CFF. */
bool hasGlyfTable(FT_Face face)
{
    FT_ULong length = 0;
    return FT_Load_Sfnt_Table(face, TTAG_glyf, 0, nullptr, &length) == 0 && length > 0;
}
} // namespace

/**
 * Font files are read once per process (keyed by path, size and modification time, so a
 * replaced file is read again): a writer per report must not re-read 700 KB twice.
 */
static QByteArray readFontFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return {};
    const QString key = path + QLatin1Char('|') + QString::number(info.size()) + QLatin1Char('|')
        + QString::number(info.lastModified().toMSecsSinceEpoch());
    static QMutex mutex;
    static QHash<QString, QByteArray> files;
    const QMutexLocker lock(&mutex);
    if (auto it = files.constFind(key); it != files.constEnd())
        return it.value();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray data = file.readAll();
    files.insert(key, data);
    return data;
}

struct PdfFontProvider::Face {
    FT_Face face = nullptr;
};

PdfFontProvider::PdfFontProvider(QString regularPath, QString boldPath)
    : m_paths{std::move(regularPath), std::move(boldPath)}
{
}

PdfFontProvider::~PdfFontProvider()
{
    for (Face *f : m_faces) {
        if (f && f->face)
            FT_Done_Face(f->face);
        delete f;
    }
    if (m_library)
        FT_Done_FreeType(static_cast<FT_Library>(m_library));
}

domain::Status PdfFontProvider::load()
{
    if (m_faces[0] && m_faces[1])
        return {};
    if (!m_library) {
        FT_Library lib = nullptr;
        if (FT_Init_FreeType(&lib) != 0)
            return domain::fail(errc::FontUnavailable, Tr::tr("Initialisation de FreeType impossible."));
        m_library = lib;
    }
    for (std::size_t i = 0; i < 2; ++i) {
        if (m_faces[i])
            continue;
        const QString where = i == 0 ? QStringLiteral("PdfLayoutOptions.regularFontPath")
                                     : QStringLiteral("PdfLayoutOptions.boldFontPath");
        m_data[i] = m_paths[i].isEmpty() ? QByteArray() : readFontFile(m_paths[i]);
        if (m_data[i].isEmpty())
            return domain::fail(errc::FontUnavailable,
                                Tr::tr("Police introuvable ou illisible : « %1 » (paquet "
                                   "fonts-dejavu-core installé ?).")
                                    .arg(m_paths[i]),
                                where);
        FT_Face face = nullptr;
        if (FT_New_Memory_Face(static_cast<FT_Library>(m_library),
                               reinterpret_cast<const FT_Byte *>(m_data[i].constData()),
                               static_cast<FT_Long>(m_data[i].size()), 0, &face)
                != 0
            || !(face->face_flags & FT_FACE_FLAG_SFNT) || !hasGlyfTable(face)) {
            if (face)
                FT_Done_Face(face);
            m_data[i].clear();
            return domain::fail(errc::FontUnavailable,
                                Tr::tr("« %1 » n'est pas une police TrueType utilisable.").arg(m_paths[i]),
                                where);
        }
        // PDF/A requires fonts that may legally be embedded: refuse "restricted licence" ones.
        if (FT_Get_FSType_Flags(face) & FT_FSTYPE_RESTRICTED_LICENSE_EMBEDDING) {
            FT_Done_Face(face);
            m_data[i].clear();
            return domain::fail(errc::FontUnavailable,
                                Tr::tr("La licence de la police « %1 » interdit son incorporation dans un PDF.")
                                    .arg(m_paths[i]),
                                where);
        }
        m_faces[i] = new Face{face};
    }
    return {};
}

const QByteArray &PdfFontProvider::fontData(FontStyle style) const
{
    return m_data[static_cast<std::size_t>(style)];
}

QString PdfFontProvider::path(FontStyle style) const
{
    return m_paths[static_cast<std::size_t>(style)];
}

bool PdfFontProvider::hasGlyph(FontStyle style, char32_t codePoint) const
{
    const Face *f = m_faces[static_cast<std::size_t>(style)];
    return f && FT_Get_Char_Index(f->face, codePoint) != 0;
}

double PdfFontProvider::width(FontStyle style, double size, const QString &text) const
{
    const auto idx = static_cast<std::size_t>(style);
    const Face *f = m_faces[idx];
    if (!f)
        return 0.0;
    auto &cache = m_advanceCache[idx];
    double total = 0.0;
    for (const char32_t cp : text.toUcs4()) {
        auto it = cache.constFind(cp);
        if (it == cache.constEnd()) {
            FT_Fixed advance = 0;
            const FT_UInt glyph = FT_Get_Char_Index(f->face, cp);
            FT_Get_Advance(f->face, glyph, FT_LOAD_NO_SCALE, &advance);
            it = cache.insert(cp, 1000.0 * static_cast<double>(advance) / f->face->units_per_EM);
        }
        total += it.value();
    }
    return total * size / 1000.0;
}

} // namespace sgl::interop::pdf
