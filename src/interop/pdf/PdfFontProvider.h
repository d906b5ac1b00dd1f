#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <array>

namespace sgl::interop::pdf {

/** The two faces a report uses. */
enum class FontStyle { Regular = 0, Bold = 1 };

/**
 * Loads the report's TrueType files once and measures text with FreeType (advance widths of
 * the whole font, identical in any subset). Not thread-safe (FreeType library per instance).
 */
class PdfFontProvider {
public:
    PdfFontProvider(QString regularPath, QString boldPath);
    ~PdfFontProvider();
    PdfFontProvider(const PdfFontProvider &) = delete;
    PdfFontProvider &operator=(const PdfFontProvider &) = delete;

    /** Reads and checks both files; error "pdf.font_unavailable" naming the file. Idempotent. */
    [[nodiscard]] domain::Status load();

    [[nodiscard]] const QByteArray &fontData(FontStyle style) const;
    [[nodiscard]] QString path(FontStyle style) const;
    /** Width of `text` in points at `size`; unknown glyphs count as .notdef. Requires load(). */
    [[nodiscard]] double width(FontStyle style, double size, const QString &text) const;
    /** True when the font maps the code point to a glyph. Requires load(). */
    [[nodiscard]] bool hasGlyph(FontStyle style, char32_t codePoint) const;

private:
    struct Face;
    std::array<QString, 2> m_paths;
    std::array<QByteArray, 2> m_data;
    std::array<Face *, 2> m_faces{nullptr, nullptr};
    void *m_library = nullptr; // FT_Library, kept opaque so FreeType stays out of this header
    mutable std::array<QHash<char32_t, double>, 2> m_advanceCache; // 1/1000 em
};

} // namespace sgl::interop::pdf
