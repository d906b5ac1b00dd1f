#pragma once

#include <QString>

namespace sgl::storage {

class ReadTx;

/**
 * Proof that the audit row of one user action ("dossier.open"...) has been appended in the
 * current write transaction, required by the unaudited read variants of the repositories
 * (`...Unaudited(tx, ..., const ActionAudit &)`).
 *
 * Why: a user action such as opening a dossier for validation reads the dossier, the patient,
 * the results and the antériorités of thirty analyses. Auditing each query wrote (and synced)
 * some forty rows for one look at one screen; the action is what the trail must show, once.
 * Contract of the unaudited variants: they are called only in the transaction that produced
 * the token (checked with Q_ASSERT in debug builds), for reads that the action's audit row
 * names (its entity and JSON say what was read); their results never leave that action.
 * Only AuditRepository creates a token; it cannot be copied into another transaction's scope by
 * mistake because it is tied to the transaction's address.
 *
 * A deferred token (AuditRepository::deferAction, seq() 0) covers a read made AHEAD of the user
 * action it belongs to (pre-loading the next dossier of the validation queue while the biologist
 * reads the current one): nobody has looked at anything yet, so there is nothing to audit. Its
 * holder keeps what it read out of sight until the action's row is written with appendAction in
 * a later transaction, when the data is actually shown; data never shown is dropped unaudited.
 */
class ActionAudit {
public:
    ActionAudit(const ActionAudit &) = default;
    ActionAudit &operator=(const ActionAudit &) = delete;

    /** The action's audit row; 0 for a deferred token (row not written yet). */
    [[nodiscard]] qint64 seq() const { return m_seq; }
    [[nodiscard]] bool deferred() const { return m_seq == 0; }
    [[nodiscard]] const QString &action() const { return m_action; }
    /** True when `tx` is the transaction the action's row was written in. */
    [[nodiscard]] bool covers(const ReadTx &tx) const { return &tx == m_tx; }

private:
    friend class AuditRepository;
    ActionAudit(const ReadTx *tx, qint64 seq, QString action) : m_tx(tx), m_seq(seq), m_action(std::move(action)) {}

    const ReadTx *m_tx;
    qint64 m_seq;
    QString m_action;
};

} // namespace sgl::storage
