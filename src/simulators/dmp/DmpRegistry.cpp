#include "simulators/dmp/DmpRegistry.h"

#include "simulators/dmp/DmpRegistryJournal.h"

#include <QMutexLocker>
#include <QSet>

namespace sgl::simulators::dmp {

DmpRegistry::DmpRegistry() = default;
DmpRegistry::~DmpRegistry() = default;

void DmpRegistry::attachJournal(std::unique_ptr<DmpRegistryJournal> journal)
{
    QMutexLocker lock(&m_mutex);
    m_journal = std::move(journal);
}

qsizetype DmpRegistry::latestIndexLocked(const QString &lid) const
{
    qsizetype best = -1;
    for (qsizetype i = 0; i < m_versions.size(); ++i)
        if (m_versions[i].lid == lid && (best < 0 || m_versions[i].version > m_versions[best].version))
            best = i;
    return best;
}

std::optional<DmpStoredEntry> DmpRegistry::latestByUniqueId(const QString &uniqueId) const
{
    QMutexLocker lock(&m_mutex);
    for (const DmpStoredEntry &e : m_versions)
        if (e.uniqueId == uniqueId)
            return m_versions[latestIndexLocked(e.lid)];
    return std::nullopt;
}

std::optional<DmpStoredEntry> DmpRegistry::latestByUuid(const QString &uuidOrLid) const
{
    QMutexLocker lock(&m_mutex);
    for (const DmpStoredEntry &e : m_versions)
        if (e.entryUuid == uuidOrLid || e.lid == uuidOrLid)
            return m_versions[latestIndexLocked(e.lid)];
    return std::nullopt;
}

bool DmpRegistry::hasSubmissionSet(const QString &uniqueId) const
{
    QMutexLocker lock(&m_mutex);
    return m_submissionSets.contains(uniqueId);
}

QList<DmpStoredEntry> DmpRegistry::latestForPatient(const QString &ins) const
{
    QMutexLocker lock(&m_mutex);
    QList<DmpStoredEntry> out;
    QSet<QString> seen;
    for (const DmpStoredEntry &e : m_versions) {
        if (e.patientIns != ins || seen.contains(e.lid))
            continue;
        seen.insert(e.lid);
        out << m_versions[latestIndexLocked(e.lid)];
    }
    return out;
}

QList<DmpStoredEntry> DmpRegistry::allVersions() const
{
    QMutexLocker lock(&m_mutex);
    return m_versions;
}

int DmpRegistry::documentCount() const
{
    QMutexLocker lock(&m_mutex);
    int n = 0;
    for (const DmpStoredEntry &e : m_versions)
        if (!e.signature && e.version == 1)
            ++n;
    return n;
}

int DmpRegistry::submissionCount() const
{
    QMutexLocker lock(&m_mutex);
    return static_cast<int>(m_submissionSets.size());
}

void DmpRegistry::commitSubmission(const QString &submissionSetUniqueId, const QList<DmpStoredEntry> &entries,
                                   const QStringList &replacedUuids)
{
    QMutexLocker lock(&m_mutex);
    m_submissionSets << submissionSetUniqueId;
    for (DmpStoredEntry &e : m_versions)
        if (replacedUuids.contains(e.entryUuid))
            e.status = QString(ebxml::kDeprecated);
    m_versions << entries;
    if (m_journal)
        m_journal->submission(submissionSetUniqueId, entries, replacedUuids);
}

void DmpRegistry::addVersion(const DmpStoredEntry &next)
{
    QMutexLocker lock(&m_mutex);
    const qsizetype previous = latestIndexLocked(next.lid);
    if (previous >= 0)
        m_versions[previous].status = QString(ebxml::kDeprecated);
    m_versions << next;
    if (m_journal)
        m_journal->version(next);
}

void DmpRegistry::setStatus(const QString &lid, const QString &status)
{
    QMutexLocker lock(&m_mutex);
    const qsizetype i = latestIndexLocked(lid);
    if (i >= 0)
        m_versions[i].status = status;
    if (m_journal)
        m_journal->status(lid, status);
}

DmpPatient DmpRegistry::patient(const QString &ins, bool openByDefault) const
{
    QMutexLocker lock(&m_mutex);
    DmpPatient fallback;
    fallback.exists = openByDefault;
    return m_patients.value(ins, fallback);
}

bool DmpRegistry::knowsPatient(const QString &ins) const
{
    QMutexLocker lock(&m_mutex);
    return m_patients.contains(ins);
}

void DmpRegistry::setPatient(const QString &ins, const DmpPatient &patient)
{
    QMutexLocker lock(&m_mutex);
    m_patients.insert(ins, patient);
    if (m_journal)
        m_journal->patient(ins, patient);
}

} // namespace sgl::simulators::dmp
