#pragma once

#include "domain/Error.h"
#include "interop/pdf/PdfFontProvider.h"

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QSet>

#include <memory>

namespace sgl::interop::pdf {

/** A TrueType program ready to embed: the (subset) font and its Flate-compressed form. */
struct FontProgram {
    QByteArray font;     ///< subset (or whole) TrueType file, PoDoFo reads metrics from it
    QByteArray deflated; ///< zlib stream of `font`, written as FontFile2 without recompressing
    int glyphCount = 0;  ///< glyphs in `font` (CIDSet)
    QByteArray subsetTag;///< "ABCDEF+" for a subset, empty for a whole font
};

/**
 * Subsets and compresses font programs, keeping the last few: reports of one lab use nearly
 * the same characters, so batches reuse the same subsets instead of running hb-subset and
 * zlib for every report. Thread-safe; programs are immutable once cached. Writers share
 * shared(), so even a writer created per report (workflow's renderer) reuses them.
 */
class FontProgramCache {
public:
    explicit FontProgramCache(int capacity = 16) : m_capacity(capacity) {}

    /** The process-wide cache PdfReportWriter uses. */
    static FontProgramCache &shared();

    /** `subset` false embeds the whole font (cached once per style). */
    [[nodiscard]] domain::Result<std::shared_ptr<const FontProgram>>
    get(const PdfFontProvider &fonts, FontStyle style, const QSet<char32_t> &codePoints, bool subset);

    [[nodiscard]] int hits() const;
    [[nodiscard]] int misses() const;

private:
    struct Entry {
        QByteArray key;
        std::shared_ptr<const FontProgram> program;
    };
    mutable QMutex m_mutex;
    int m_capacity;
    QList<Entry> m_entries; // most recently used first
    int m_hits = 0;
    int m_misses = 0;
};

} // namespace sgl::interop::pdf
