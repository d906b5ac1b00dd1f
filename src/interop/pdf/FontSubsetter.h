#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QSet>

namespace sgl::interop::pdf {

/**
 * TrueType subsetting with HarfBuzz (hb-subset). PoDoFo 0.9.8 can only embed whole fonts on
 * Linux (its own CID subsetting produces a nearly full-size font without ToUnicode), while
 * PDF/A-1b requires embedded fonts; a subset keeps a report at a few KiB per font.
 *
 * The subset keeps the cmap for the requested code points, renumbers glyphs (PoDoFo re-reads
 * the subset, so text is encoded with the new glyph ids), drops hinting and OpenType layout
 * tables (the PDF positions glyphs itself).
 */
class FontSubsetter {
public:
    /** Subsets `font` (a TrueType file) to `codePoints` (.notdef always kept). */
    [[nodiscard]] static domain::Result<QByteArray> subset(const QByteArray &font,
                                                           const QSet<char32_t> &codePoints);
};

} // namespace sgl::interop::pdf
