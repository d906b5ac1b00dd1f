#include "interop/labels/LabelEncoder.h"

#include "interop/labels/ErrorCodes.h"
#include "interop/labels/Tr.h"

namespace sgl::interop::labels {

domain::Result<BarcodeSymbol> LabelEncoder::prepare(const domain::LabelLayout &layout, const domain::TubeLabel &label)
{
    if (const auto errors = layout.validate(); !errors.isEmpty())
        return std::unexpected(errors.first());
    if (const auto errors = layout.validateBarcode(label.barcode, {}); !errors.isEmpty())
        return std::unexpected(errors.first());
    auto symbol = BarcodeSymbol::encode(label.barcode, layout.symbology);
    if (!symbol)
        return std::unexpected(symbol.error());
    if (const auto errors = layout.validateBarcode(label.barcode, symbol->extent()); !errors.isEmpty())
        return std::unexpected(errors.first());
    return symbol;
}

domain::Result<QList<BarcodeSymbol>> LabelEncoder::prepareAll(const domain::LabelLayout &layout,
                                                              const QList<domain::TubeLabel> &labels)
{
    if (labels.isEmpty())
        return domain::fail(errc::NothingToPrint, Tr::tr("Aucune étiquette à produire."));
    QList<BarcodeSymbol> symbols;
    symbols.reserve(labels.size());
    for (qsizetype i = 0; i < labels.size(); ++i) {
        auto symbol = prepare(layout, labels[i]);
        if (!symbol) {
            domain::Error e = symbol.error();
            e.message = Tr::tr("Étiquette %1 (tube %2) : %3").arg(i + 1).arg(labels[i].barcode, e.message);
            return std::unexpected(e);
        }
        symbols << *symbol;
    }
    return symbols;
}

} // namespace sgl::interop::labels
