#include "interop/labels/BarcodeSymbol.h"

#include "interop/labels/ErrorCodes.h"
#include "interop/labels/Tr.h"

#include <zint.h>

#include <memory>

namespace sgl::interop::labels {

namespace {

struct SymbolDeleter {
    void operator()(zint_symbol *s) const { ZBarcode_Delete(s); }
};

} // namespace

domain::Result<BarcodeSymbol> BarcodeSymbol::encode(const QString &content,
                                                    domain::LabelLayout::Symbology symbology)
{
    const bool matrix = symbology == domain::LabelLayout::Symbology::DataMatrix;
    const QString name = matrix ? QStringLiteral("DataMatrix") : QStringLiteral("Code 128");
    std::unique_ptr<zint_symbol, SymbolDeleter> s(ZBarcode_Create());
    if (!s)
        return domain::fail(errc::EncodeFailed, Tr::tr("libzint n'a pas pu créer de symbole (mémoire insuffisante)."));
    s->symbology = matrix ? BARCODE_DATAMATRIX : BARCODE_CODE128; // Code 128: subsets chosen by zint
    s->input_mode = DATA_MODE;
    s->show_hrt = 0; // the label prints its own human-readable line
    if (matrix)
        s->option_3 = DM_SQUARE; // ECC 200 (zint's only Data Matrix), square sizes only: tubes are narrow
    // One pixel per module: zint's raster output is its public view of the modules (the packed
    // encoded_data array is an internal representation).
    s->scale = 0.5f;
    s->height = 1.0f;
    const QByteArray bytes = content.toUtf8();
    const int rc = ZBarcode_Encode_and_Buffer(s.get(), reinterpret_cast<const unsigned char *>(bytes.constData()),
                                              static_cast<int>(bytes.size()), 0);
    if (rc >= ZINT_ERROR)
        return domain::fail(errc::EncodeFailed,
                            Tr::tr("Code-barres « %1 » : libzint refuse de le coder en %2 (%3).")
                                .arg(content, name, QString::fromUtf8(s->errtxt)),
                            QStringLiteral("barcode"));

    BarcodeSymbol out;
    out.m_content = content;
    out.m_symbology = symbology;
    out.m_columns = s->width;
    out.m_rows = matrix ? s->rows : 1;
    // The raster is the symbol at one pixel per module (taller for a linear symbol: any row will do).
    if (s->bitmap_width != s->width || (matrix && s->bitmap_height != s->rows) || s->bitmap_height < 1)
        return domain::fail(errc::EncodeFailed,
                            Tr::tr("Code-barres « %1 » : image libzint inattendue (%2 × %3 pixels pour %4 × %5 modules).")
                                .arg(content)
                                .arg(s->bitmap_width)
                                .arg(s->bitmap_height)
                                .arg(s->width)
                                .arg(s->rows));
    out.m_modules.resize(static_cast<std::size_t>(out.m_columns) * static_cast<std::size_t>(out.m_rows));
    for (int r = 0; r < out.m_rows; ++r)
        for (int c = 0; c < out.m_columns; ++c) {
            // RGB, 3 bytes a pixel; foreground is black (0,0,0), background white.
            const std::size_t pixel = (static_cast<std::size_t>(r) * static_cast<std::size_t>(s->bitmap_width)
                                       + static_cast<std::size_t>(c)) * 3;
            out.m_modules[static_cast<std::size_t>(r * out.m_columns + c)] = s->bitmap[pixel] < 128;
        }
    return out;
}

} // namespace sgl::interop::labels
