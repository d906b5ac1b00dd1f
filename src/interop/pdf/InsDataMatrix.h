#pragma once

#include "domain/Error.h"
#include "domain/identity/Patient.h"

#include <QByteArray>
#include <QImage>
#include <QList>

#include <vector>

namespace sgl::interop::pdf {

/** A DataMatrix symbol as a module grid (row 0 at the top), without quiet zone. */
struct DataMatrixSymbol {
    int rows = 0;
    int columns = 0;
    std::vector<bool> modules; ///< rows * columns, row-major, true = dark
    QByteArray codewords;      ///< data then error-correction codewords, for diagnostics
    int dataCodewords = 0;     ///< how many of codewords are data codewords

    [[nodiscard]] bool dark(int row, int column) const
    {
        return modules[static_cast<std::size_t>(row * columns + column)];
    }
};

/**
 * The INS DataMatrix printed on reports (shared/specs/cda-crbio.md §5, ANS "Datamatrix INS"
 * v2.2): payload IS01 header + S1..S7 fields with GS (0x1D) after variable fields shorter than
 * their maximum, encoded as an ISO/IEC 16022 ECC 200 square symbol in C40 for the whole message
 * (the ANS checker rejects a broken C40 header run).
 */
class InsDataMatrix {
public:
    /** Caption printed under the symbol. */
    static QString caption();

    /**
     * Builds the payload from a qualified patient. Traits are upper-cased and stripped of
     * diacritics (œ → OE, æ → AE); hyphen, apostrophe and space are kept. Errors
     * ("pdf.ins_payload_invalid"): identity not qualified, INS not 15 characters, unknown sex,
     * unknown birth date, a character C40 cannot carry.
     */
    [[nodiscard]] static domain::Result<QByteArray> payload(const domain::Patient &patient);

    /** Encodes a payload with libdmtx, whole message forced to C40, smallest square symbol. */
    [[nodiscard]] static domain::Result<DataMatrixSymbol> encode(const QByteArray &payload);

    /**
     * Finds and decodes the DataMatrix symbols of an image (e.g. a rendered page), at most
     * maxSymbols, giving up after timeoutMs. Used by tests to read back printed symbols; error
     * "pdf.datamatrix_not_found" when none decodes.
     */
    [[nodiscard]] static domain::Result<QList<QByteArray>> decode(const QImage &image,
                                                                  int maxSymbols = 1,
                                                                  int timeoutMs = 5000);

    /** Normalizes one trait for the payload; empty optional-like error when not representable. */
    [[nodiscard]] static domain::Result<QString> normalizeTrait(const QString &value,
                                                                const QString &field);
};

} // namespace sgl::interop::pdf
