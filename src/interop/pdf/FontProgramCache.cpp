#include "interop/pdf/FontProgramCache.h"

#include "interop/pdf/FontSubsetter.h"

#include <QCryptographicHash>

#include <ft2build.h>
#include FT_FREETYPE_H

#include <algorithm>

namespace sgl::interop::pdf {

namespace {

int glyphCount(const QByteArray &font)
{
    FT_Library lib = nullptr;
    if (FT_Init_FreeType(&lib) != 0)
        return 0;
    FT_Face face = nullptr;
    int n = 0;
    if (FT_New_Memory_Face(lib, reinterpret_cast<const FT_Byte *>(font.constData()),
                           static_cast<FT_Long>(font.size()), 0, &face)
        == 0) {
        n = static_cast<int>(face->num_glyphs);
        FT_Done_Face(face);
    }
    FT_Done_FreeType(lib);
    return n;
}

} // namespace

FontProgramCache &FontProgramCache::shared()
{
    static FontProgramCache cache;
    return cache;
}

int FontProgramCache::hits() const
{
    const QMutexLocker lock(&m_mutex);
    return m_hits;
}

int FontProgramCache::misses() const
{
    const QMutexLocker lock(&m_mutex);
    return m_misses;
}

domain::Result<std::shared_ptr<const FontProgram>>
FontProgramCache::get(const PdfFontProvider &fonts, FontStyle style, const QSet<char32_t> &codePoints,
                      bool subset)
{
    QList<char32_t> sorted(codePoints.cbegin(), codePoints.cend());
    std::sort(sorted.begin(), sorted.end());
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(fonts.path(style).toUtf8());
    hash.addData(QByteArrayView(style == FontStyle::Bold ? "B" : "R"));
    if (subset)
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(sorted.constData()),
                                    sorted.size() * qsizetype(sizeof(char32_t))));
    const QByteArray key = hash.result();

    // Held while subsetting too: two threads needing the same new subset compute it once.
    const QMutexLocker lock(&m_mutex);
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].key == key) {
            ++m_hits;
            m_entries.move(i, 0);
            return m_entries.first().program;
        }
    ++m_misses;

    auto program = std::make_shared<FontProgram>();
    if (subset) {
        auto bytes = FontSubsetter::subset(fonts.fontData(style), codePoints);
        if (!bytes)
            return std::unexpected(bytes.error());
        program->font = std::move(*bytes);
        // The PDF subset tag: six capitals derived from the glyph set, stable across runs.
        for (int i = 0; i < 6; ++i)
            program->subsetTag += char('A' + static_cast<unsigned char>(key[i]) % 26);
        program->subsetTag += '+';
    } else {
        program->font = fonts.fontData(style);
    }
    program->deflated = qCompress(program->font, 6).mid(4); // zlib stream without Qt's size prefix
    program->glyphCount = glyphCount(program->font);

    m_entries.prepend(Entry{key, program});
    while (m_entries.size() > m_capacity)
        m_entries.removeLast();
    return std::shared_ptr<const FontProgram>(program);
}

} // namespace sgl::interop::pdf
