#pragma once

#include "domain/Error.h"
#include "domain/lab/LabelLayout.h"
#include "domain/lab/SymbolExtent.h"

#include <QString>

#include <vector>

namespace sgl::interop::labels {

/**
 * One barcode symbol as a grid of modules, encoded by libzint: Code 128 with automatic choice of
 * subsets A/B/C (the shortest symbol), or DataMatrix ECC 200 in the smallest square size. No
 * libzint type leaves this class; drawing (LabelPainter) and size checks (LabelLayout) only see
 * modules.
 */
class BarcodeSymbol {
public:
    /**
     * Encodes `content` (sent to libzint as its bytes; the layout already limits a tube barcode to
     * printable ASCII). Error "labels.encode_failed" with libzint's reason when it refuses the
     * content (e.g. too long for any DataMatrix size).
     */
    [[nodiscard]] static domain::Result<BarcodeSymbol> encode(const QString &content,
                                                              domain::LabelLayout::Symbology symbology);

    [[nodiscard]] const QString &content() const { return m_content; }
    [[nodiscard]] domain::LabelLayout::Symbology symbology() const { return m_symbology; }
    /** Modules across (Code 128: the whole symbol, start to stop pattern; no quiet zone). */
    [[nodiscard]] int columns() const { return m_columns; }
    /** Modules down: 1 for Code 128 (its bars are drawn at the layout's height). */
    [[nodiscard]] int rows() const { return m_rows; }
    [[nodiscard]] domain::SymbolExtent extent() const { return {m_columns, m_rows}; }
    /** True for a dark module (bar); row 0 is the top. */
    [[nodiscard]] bool dark(int row, int column) const
    {
        return m_modules[static_cast<std::size_t>(row) * static_cast<std::size_t>(m_columns)
                         + static_cast<std::size_t>(column)];
    }

private:
    QString m_content;
    domain::LabelLayout::Symbology m_symbology = domain::LabelLayout::Symbology::Code128;
    int m_columns = 0;
    int m_rows = 0;
    std::vector<bool> m_modules;
};

} // namespace sgl::interop::labels
