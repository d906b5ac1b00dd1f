#pragma once

#include "domain/Error.h"
#include "interop/astm/Delimiters.h"
#include "interop/astm/HostHeader.h"
#include "interop/astm/OrderRequest.h"
#include "interop/astm/TextEncoding.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace sgl::interop::astm {

/**
 * Writes what the host sends: worklist downloads and query answers (H P O ... L), records
 * ended by CR, ready for LinkLayer::send().
 *
 * Contract: the H record declares the writer's delimiters (default "|\^&") and every value is
 * escaped with them, so data can never add a field, repeat or component, nor cut a record
 * (control characters become hex escapes). Fails with astm.unencodable_character when a
 * character has no code in the link's encoding (Latin-1), astm.bad_delimiters when the
 * delimiters have no escape character, astm.empty_message when there is nothing to send.
 */
class RecordWriter {
public:
    /** One field: repeats, each a list of components (plain text). */
    using Field = QList<QStringList>;

    explicit RecordWriter(Delimiters delimiters = {}, TextEncoding encoding = TextEncoding::Latin1);

    /** H, then P + O for each order (sequence numbers restart under each P), then L|1|N. */
    [[nodiscard]] domain::Result<QByteArray> orders(const HostHeader &header,
                                                     const QList<OrderRequest> &orders) const;
    /**
     * Answer to a query for a specimen the host has nothing for: H P O L with O-3 = the
     * specimen, O-5 "^^^ALL" and O-26 `reportType` (`Y` no order, `Z` unknown specimen).
     */
    [[nodiscard]] domain::Result<QByteArray> noOrderAnswer(const HostHeader &header,
                                                            const QString &specimenId,
                                                            QChar reportType) const;
    /** One record's text (no terminator): fields 2.. escaped and joined. */
    [[nodiscard]] QString record(const QString &type, const QList<Field> &fields) const;
    /** The H record's text. */
    [[nodiscard]] QString headerRecord(const HostHeader &header) const;

    /** A single-value field. */
    [[nodiscard]] static Field value(const QString &text) { return text.isEmpty() ? Field{} : Field{QStringList{text}}; }
    /** A one-repeat field of components. */
    [[nodiscard]] static Field components(const QStringList &parts) { return Field{parts}; }

private:
    [[nodiscard]] domain::Result<QByteArray> encode(const QStringList &records) const;

    Delimiters m_delimiters;
    TextEncoding m_encoding;
};

} // namespace sgl::interop::astm
