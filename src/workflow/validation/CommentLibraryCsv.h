#pragma once

#include "domain/Error.h"
#include "domain/validation/CommentTemplate.h"

#include <QByteArray>
#include <QList>

namespace sgl::workflow::validation {

/**
 * The comment library as a ';'-separated UTF-8 CSV (the catalogue's CSV conventions,
 * interop::catalogue::CsvTable), for `sgl comments import|export` and spreadsheet editing:
 * header `code;texte;imprime;chapitre;actif`, booleans `oui`/`non` (also 1/0, true/false);
 * `imprime` defaults to oui, `actif` to oui, `chapitre` to none.
 */
class CommentLibraryCsv {
public:
    /**
     * Every line's template, codes upper-cased and texts trimmed, each checked
     * (CommentTemplate::check). Any bad line refuses the file: comment.csv_line, the message
     * starting « Ligne N : » and naming the problem (missing column, bad boolean, bad code, empty
     * or long text, code twice), location "<source>:<N>".
     */
    [[nodiscard]] static domain::Result<QList<domain::CommentTemplate>> read(const QByteArray &csv,
                                                                            const QString &source);
    /** The header and one line per template, in the given order (with a UTF-8 BOM for spreadsheets). */
    [[nodiscard]] static QByteArray write(const QList<domain::CommentTemplate> &templates);
};

} // namespace sgl::workflow::validation
