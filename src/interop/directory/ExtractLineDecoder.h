#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QString>

namespace sgl::interop::directory {

/**
 * Decodes one line of an Annuaire Santé extraction file, in the encoding its header showed:
 * UTF-8 (strict) or Windows-1252 (the published files). Shared by every extraction reader so that
 * a bad byte gives the same error whichever file holds it.
 */
class ExtractLineDecoder {
public:
    /**
     * The text of `raw`, or "directory.encoding" naming the line (and, for Windows-1252, the byte
     * and its offset); `where` ("file:line") is the error's location.
     */
    [[nodiscard]] static domain::Result<QString> decode(const QByteArray &raw, bool utf8, qint64 line,
                                                        const QString &where);
};

} // namespace sgl::interop::directory
