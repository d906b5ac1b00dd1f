#pragma once

#include "domain/Error.h"
#include "domain/identity/Ins.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace sgl::storage {

/** One INS as recorded from an accepted or verified INSi answer. */
struct InsHistoryEntry {
    domain::Ins ins;
    bool active = false;     ///< INSACTIF (true) or INSHISTO (false)
    QString messageId;       ///< wsa:MessageID of the INSi call
    QDateTime recordedAt;    ///< UTC
};

/**
 * INS returned by INSi for a patient (table patient_ins_history, migration 0100): written when
 * the user accepts an INSi answer and at each successful verification, so the date of the last
 * confirmation (lastConfirmation) drives "verify before sending".
 */
class IdentityInsHistoryRepository {
public:
    [[nodiscard]] static domain::Status record(WriteTx &tx, qint64 patientId, const QList<InsHistoryEntry> &entries);
    [[nodiscard]] static domain::Result<QList<InsHistoryEntry>> forPatient(ReadTx &tx, qint64 patientId);
    /** When the active INS was last confirmed by INSi; invalid when never. */
    [[nodiscard]] static domain::Result<QDateTime> lastConfirmation(ReadTx &tx, qint64 patientId,
                                                                    const QString &matricule);
};

} // namespace sgl::storage
