#pragma once

namespace sgl::domain {

/**
 * Size of an encoded barcode symbol in modules, without quiet zone: a Code 128 symbol is
 * `columns` modules wide and one row high; a DataMatrix is `columns` x `rows` modules. Measured by
 * the encoder (interop/labels uses libzint) and given to LabelLayout to check that the symbol fits.
 */
struct SymbolExtent {
    int columns = 0;
    int rows = 0;

    friend bool operator==(const SymbolExtent &, const SymbolExtent &) = default;
};

} // namespace sgl::domain
