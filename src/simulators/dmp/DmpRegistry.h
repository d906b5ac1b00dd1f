#pragma once

#include "simulators/dmp/EbXml.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace sgl::simulators::dmp {

class DmpRegistryJournal;

/** A patient's DMP as TD0.2 reports it (synthetic; keyed by the 15-character INS). */
struct DmpPatient {
    bool exists = true;                         ///< false: TD0.2 answers NF, ITI-41 XDSUnknownPatientId
    QString authorisation = QStringLiteral("VALIDE"); ///< VALIDE, INTERDIT, EXPIRE, NON_EXISTE
    bool attendingDoctor = false;               ///< STATUT_MT
    bool internetAccountOpen = true;            ///< COMPTE_INTERNET_OUVERT
};

/** One version of a stored DocumentEntry (the document itself or the submission's signature). */
struct DmpStoredEntry {
    QString entryUuid;          ///< "urn:uuid:..." of this version
    QString lid;                ///< logical id (entryUuid of version 1)
    int version = 1;
    QString uniqueId;
    QString patientIns;         ///< 15 characters
    QString status;             ///< ebxml::kApproved, kDeprecated, kArchived, kDeleted
    QStringList confidentiality; ///< codes: N, MASQUE_PS, INVISIBLE_PATIENT...
    bool signature = false;     ///< the submission set's XAdES entry
    QString submissionSetUniqueId;
    QByteArray content;
    QString hash;               ///< SHA-1 hex, lower case
    qint64 size = 0;
    QString replaces;           ///< entryUuid this version replaced through RPLC, if any
    EbObject metadata;          ///< as last submitted; ids rewritten when answered
    QDateTime storedAt;
};

/**
 * The simulator's registry + repository, in memory. Thread-safe: the handler (server thread)
 * writes, tests and the admin view read from anywhere. Every method locks; the handler runs one
 * request at a time, so validate-then-commit sequences are not raced by other writers.
 * With a journal attached, every change is also appended to it (under the same lock).
 */
class DmpRegistry
{
public:
    DmpRegistry();
    ~DmpRegistry();
    DmpRegistry(const DmpRegistry &) = delete;
    DmpRegistry &operator=(const DmpRegistry &) = delete;
    /** From now on, changes are journaled (after the journal replayed its content into this registry). */
    void attachJournal(std::unique_ptr<DmpRegistryJournal> journal);

    [[nodiscard]] std::optional<DmpStoredEntry> latestByUniqueId(const QString &uniqueId) const;
    /** Latest version of the logical entry designated by any of its entryUuids or its lid. */
    [[nodiscard]] std::optional<DmpStoredEntry> latestByUuid(const QString &uuidOrLid) const;
    [[nodiscard]] bool hasSubmissionSet(const QString &uniqueId) const;
    /** Latest versions (any status) of the patient's entries. */
    [[nodiscard]] QList<DmpStoredEntry> latestForPatient(const QString &ins) const;
    /** Every stored version, in storage order. */
    [[nodiscard]] QList<DmpStoredEntry> allVersions() const;
    /** Number of logical documents (signature entries excluded), any status. */
    [[nodiscard]] int documentCount() const;
    [[nodiscard]] int submissionCount() const;

    /** Stores a submission: its uniqueId and new entries; replacedUuids become Deprecated. */
    void commitSubmission(const QString &submissionSetUniqueId, const QList<DmpStoredEntry> &entries,
                          const QStringList &replacedUuids);
    /** Adds a new version of an entry (ITI-57 metadata update); the previous one becomes Deprecated. */
    void addVersion(const DmpStoredEntry &next);
    /** Sets the availability status of the latest version of the logical entry. */
    void setStatus(const QString &lid, const QString &status);

    [[nodiscard]] DmpPatient patient(const QString &ins, bool openByDefault) const;
    [[nodiscard]] bool knowsPatient(const QString &ins) const;
    void setPatient(const QString &ins, const DmpPatient &patient);

private:
    [[nodiscard]] qsizetype latestIndexLocked(const QString &lid) const;

    mutable QMutex m_mutex;
    QList<DmpStoredEntry> m_versions;
    QStringList m_submissionSets;
    QHash<QString, DmpPatient> m_patients;
    std::unique_ptr<DmpRegistryJournal> m_journal;
};

} // namespace sgl::simulators::dmp
