#pragma once

#include "domain/Error.h"
#include "storage/InboundMessage.h"
#include "storage/Transaction.h"

#include <QList>

#include <optional>

namespace sgl::storage {

/**
 * patient_external_ids: identifiers other systems (the hospital GAM) give our patients, learned
 * from inbound messages. Each identifier (authority, type, value) belongs to one patient.
 */
class InboundMessageIdentifierRepository {
public:
    /** Patient owning the identifier, if any. */
    [[nodiscard]] static domain::Result<std::optional<qint64>>
    findPatient(ReadTx &tx, const QString &authority, const QString &typeCode, const QString &value);
    /**
     * Links the identifier to the patient (no-op when already linked to it). Fails with
     * storage.duplicate when another patient owns it: moving an identifier is explicit (move()).
     */
    [[nodiscard]] static domain::Status link(WriteTx &tx, const InboundMessageIdentifier &id,
                                             qint64 messageId);
    /** Re-assigns one identifier to another patient (A47/merge). */
    [[nodiscard]] static domain::Status move(WriteTx &tx, const InboundMessageIdentifier &id,
                                             qint64 toPatient, qint64 messageId);
    [[nodiscard]] static domain::Status remove(WriteTx &tx, const InboundMessageIdentifier &id);
    [[nodiscard]] static domain::Result<QList<InboundMessageIdentifier>> forPatient(ReadTx &tx,
                                                                                  qint64 patientId);
};

} // namespace sgl::storage
