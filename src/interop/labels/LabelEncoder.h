#pragma once

#include "domain/Error.h"
#include "domain/lab/LabelLayout.h"
#include "domain/lab/TubeLabel.h"
#include "interop/labels/BarcodeSymbol.h"

#include <QList>

namespace sgl::interop::labels {

/**
 * The checks every output runs before it draws or writes anything: the layout
 * (LabelLayout::validate()), the barcode content, then the size of the symbol libzint encodes for
 * it (LabelLayout::validateBarcode()). The painter, the PDF writer, the print job and the ZPL
 * writer share them, so a label refused by one is refused by all.
 */
class LabelEncoder {
public:
    /**
     * The symbol of `label.barcode` under `layout`, or the first error found, naming the layout
     * field ("label.*" codes of the domain) or "labels.encode_failed" when libzint refuses.
     */
    [[nodiscard]] static domain::Result<BarcodeSymbol> prepare(const domain::LabelLayout &layout,
                                                               const domain::TubeLabel &label);

    /**
     * prepare() for each label, in order; the first failure is returned with its message prefixed
     * by the label's rank and barcode ("Étiquette 3 (tube T123) : ..."). An empty list is
     * "labels.nothing_to_print".
     */
    [[nodiscard]] static domain::Result<QList<BarcodeSymbol>> prepareAll(const domain::LabelLayout &layout,
                                                                         const QList<domain::TubeLabel> &labels);
};

} // namespace sgl::interop::labels
