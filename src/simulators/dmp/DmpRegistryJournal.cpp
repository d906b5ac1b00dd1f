#include "simulators/dmp/DmpRegistryJournal.h"

#include "interop/xml/XmlDocument.h"
#include "simulators/dmp/ErrorCodes.h"
#include "simulators/dmp/Tr.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sgl::simulators::dmp {

namespace {

QByteArray metadataXml(const EbObject &o)
{
    interop::xml::XmlElement list(QStringLiteral("rim:RegistryObjectList"));
    list.declareNamespace(QStringLiteral("rim"), QString(ebxml::kRim));
    list.append(writeEbObject(o));
    return list.toXml().value_or(QByteArray());
}

std::optional<EbObject> metadataFromXml(const QByteArray &xml)
{
    auto doc = interop::xml::XmlDocument::parse(xml);
    if (!doc)
        return std::nullopt;
    const EbObjectList list = EbObjectList::read(doc->root());
    if (list.extrinsics.size() != 1)
        return std::nullopt;
    return list.extrinsics.first();
}

} // namespace

DmpRegistryJournal::DmpRegistryJournal(const QString &path) : m_file(path) {}

QJsonObject DmpRegistryJournal::toJson(const DmpStoredEntry &e)
{
    return QJsonObject{{QStringLiteral("entryUuid"), e.entryUuid},
                       {QStringLiteral("lid"), e.lid},
                       {QStringLiteral("version"), e.version},
                       {QStringLiteral("uniqueId"), e.uniqueId},
                       {QStringLiteral("ins"), e.patientIns},
                       {QStringLiteral("status"), e.status},
                       {QStringLiteral("confidentiality"), QJsonArray::fromStringList(e.confidentiality)},
                       {QStringLiteral("signature"), e.signature},
                       {QStringLiteral("submissionSetUniqueId"), e.submissionSetUniqueId},
                       {QStringLiteral("content"), QString::fromLatin1(e.content.toBase64())},
                       {QStringLiteral("hash"), e.hash},
                       {QStringLiteral("size"), e.size},
                       {QStringLiteral("replaces"), e.replaces},
                       {QStringLiteral("metadata"), QString::fromUtf8(metadataXml(e.metadata))},
                       {QStringLiteral("storedAt"), e.storedAt.toString(Qt::ISODateWithMs)}};
}

std::optional<DmpStoredEntry> DmpRegistryJournal::entryFromJson(const QJsonObject &j)
{
    DmpStoredEntry e;
    e.entryUuid = j.value(QStringLiteral("entryUuid")).toString();
    e.lid = j.value(QStringLiteral("lid")).toString();
    e.version = j.value(QStringLiteral("version")).toInt();
    e.uniqueId = j.value(QStringLiteral("uniqueId")).toString();
    e.patientIns = j.value(QStringLiteral("ins")).toString();
    e.status = j.value(QStringLiteral("status")).toString();
    for (const auto &c : j.value(QStringLiteral("confidentiality")).toArray())
        e.confidentiality << c.toString();
    e.signature = j.value(QStringLiteral("signature")).toBool();
    e.submissionSetUniqueId = j.value(QStringLiteral("submissionSetUniqueId")).toString();
    e.content = QByteArray::fromBase64(j.value(QStringLiteral("content")).toString().toLatin1());
    e.hash = j.value(QStringLiteral("hash")).toString();
    e.size = j.value(QStringLiteral("size")).toInteger();
    e.replaces = j.value(QStringLiteral("replaces")).toString();
    e.storedAt = QDateTime::fromString(j.value(QStringLiteral("storedAt")).toString(), Qt::ISODateWithMs);
    const auto metadata = metadataFromXml(j.value(QStringLiteral("metadata")).toString().toUtf8());
    if (!metadata || e.entryUuid.isEmpty() || e.lid.isEmpty() || e.version < 1)
        return std::nullopt;
    e.metadata = *metadata;
    return e;
}

domain::Result<std::unique_ptr<DmpRegistryJournal>> DmpRegistryJournal::open(const QString &path, DmpRegistry &registry)
{
    std::unique_ptr<DmpRegistryJournal> journal(new DmpRegistryJournal(path));
    if (journal->m_file.exists()) {
        if (!journal->m_file.open(QIODevice::ReadOnly))
            return domain::fail(errc::Journal, Tr::tr("Journal du simulateur DMP illisible : %1").arg(journal->m_file.errorString()), path);
        const QList<QByteArray> lines = journal->m_file.readAll().split('\n');
        journal->m_file.close();
        qint64 goodBytes = 0; // end of the last replayed line
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const qint64 lineEnd = goodBytes + lines[i].size() + 1;
            if (lines[i].trimmed().isEmpty()) {
                goodBytes = std::min<qint64>(lineEnd, journal->m_file.size());
                continue;
            }
            const QJsonObject line = QJsonDocument::fromJson(lines[i]).object();
            const QString op = line.value(QStringLiteral("op")).toString();
            const auto bad = [&] {
                return domain::fail(errc::Journal, Tr::tr("Ligne %1 du journal du simulateur DMP illisible.").arg(i + 1),
                                    QStringLiteral("%1:%2").arg(path).arg(i + 1));
            };
            if (op == QLatin1StringView("submission")) {
                QList<DmpStoredEntry> entries;
                for (const auto &v : line.value(QStringLiteral("entries")).toArray()) {
                    auto e = entryFromJson(v.toObject());
                    if (!e)
                        return bad();
                    entries << *e;
                }
                QStringList replaced;
                for (const auto &v : line.value(QStringLiteral("replaced")).toArray())
                    replaced << v.toString();
                registry.commitSubmission(line.value(QStringLiteral("submissionSet")).toString(), entries, replaced);
            } else if (op == QLatin1StringView("version")) {
                auto e = entryFromJson(line.value(QStringLiteral("entry")).toObject());
                if (!e)
                    return bad();
                registry.addVersion(*e);
            } else if (op == QLatin1StringView("status")) {
                registry.setStatus(line.value(QStringLiteral("lid")).toString(), line.value(QStringLiteral("status")).toString());
            } else if (op == QLatin1StringView("patient")) {
                DmpPatient p;
                p.exists = line.value(QStringLiteral("exists")).toBool(true);
                p.authorisation = line.value(QStringLiteral("authorisation")).toString(p.authorisation);
                p.attendingDoctor = line.value(QStringLiteral("attendingDoctor")).toBool();
                p.internetAccountOpen = line.value(QStringLiteral("internetAccountOpen")).toBool(true);
                registry.setPatient(line.value(QStringLiteral("ins")).toString(), p);
            } else if (i == lines.size() - 1) {
                // Torn last line: the simulator died while writing it, the change was never
                // answered. Cut it off so that the next line does not start in its middle.
                if (!journal->m_file.resize(goodBytes))
                    return domain::fail(errc::Journal, Tr::tr("Journal du simulateur DMP impossible à réparer : %1")
                                                           .arg(journal->m_file.errorString()),
                                        path);
                break;
            } else {
                return bad();
            }
            goodBytes = std::min<qint64>(lineEnd, journal->m_file.size());
        }
    }
    if (!journal->m_file.open(QIODevice::WriteOnly | QIODevice::Append))
        return domain::fail(errc::Journal, Tr::tr("Journal du simulateur DMP impossible à écrire : %1").arg(journal->m_file.errorString()),
                            path);
    return journal;
}

void DmpRegistryJournal::append(const QJsonObject &line)
{
    m_file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    m_file.flush();
}

void DmpRegistryJournal::submission(const QString &submissionSetUniqueId, const QList<DmpStoredEntry> &entries,
                                    const QStringList &replacedUuids)
{
    QJsonArray list;
    for (const DmpStoredEntry &e : entries)
        list.append(toJson(e));
    append(QJsonObject{{QStringLiteral("op"), QStringLiteral("submission")},
                       {QStringLiteral("submissionSet"), submissionSetUniqueId},
                       {QStringLiteral("entries"), list},
                       {QStringLiteral("replaced"), QJsonArray::fromStringList(replacedUuids)}});
}

void DmpRegistryJournal::version(const DmpStoredEntry &entry)
{
    append(QJsonObject{{QStringLiteral("op"), QStringLiteral("version")}, {QStringLiteral("entry"), toJson(entry)}});
}

void DmpRegistryJournal::status(const QString &lid, const QString &status)
{
    append(QJsonObject{{QStringLiteral("op"), QStringLiteral("status")}, {QStringLiteral("lid"), lid}, {QStringLiteral("status"), status}});
}

void DmpRegistryJournal::patient(const QString &ins, const DmpPatient &p)
{
    append(QJsonObject{{QStringLiteral("op"), QStringLiteral("patient")},
                       {QStringLiteral("ins"), ins},
                       {QStringLiteral("exists"), p.exists},
                       {QStringLiteral("authorisation"), p.authorisation},
                       {QStringLiteral("attendingDoctor"), p.attendingDoctor},
                       {QStringLiteral("internetAccountOpen"), p.internetAccountOpen}});
}

} // namespace sgl::simulators::dmp
