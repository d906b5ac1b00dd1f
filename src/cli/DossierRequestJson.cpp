#include "cli/DossierRequestJson.h"

#include "cli/ErrorCodes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace sgl::cli {

namespace {

using domain::Dossier;
using workflow::orders::DossierRequest;

domain::Error bad(const QString &message, const QString &path)
{
    return domain::Error{errc::RejectedRequest, message, path};
}

/** An optional string member; a present member of another type is an error. */
domain::Result<QString> text(const QJsonObject &o, const QString &key, const QString &path, bool required = false)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            return std::unexpected(bad(u"Champ « %1 » manquant."_s.arg(path), path));
        return QString();
    }
    if (!v.isString())
        return std::unexpected(bad(u"Le champ « %1 » doit être un texte."_s.arg(path), path));
    if (required && v.toString().trimmed().isEmpty())
        return std::unexpected(bad(u"Champ « %1 » vide."_s.arg(path), path));
    return v.toString();
}

domain::Result<bool> flag(const QJsonObject &o, const QString &key, const QString &path, bool byDefault)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return byDefault;
    if (!v.isBool())
        return std::unexpected(bad(u"Le champ « %1 » doit valoir true ou false."_s.arg(path), path));
    return v.toBool();
}

domain::Result<QJsonObject> object(const QJsonObject &o, const QString &key, const QString &path, bool required)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            return std::unexpected(bad(u"Champ « %1 » manquant."_s.arg(path), path));
        return QJsonObject();
    }
    if (!v.isObject())
        return std::unexpected(bad(u"Le champ « %1 » doit être un objet JSON."_s.arg(path), path));
    return v.toObject();
}

domain::Status readPrescriber(const QJsonObject &root, DossierRequest &r)
{
    auto p = object(root, u"prescriber"_s, u"prescriber"_s, true);
    if (!p)
        return std::unexpected(p.error());
    auto name = text(*p, u"name"_s, u"prescriber.name"_s, true);
    auto rpps = text(*p, u"rpps"_s, u"prescriber.rpps"_s);
    auto mss = text(*p, u"mssante"_s, u"prescriber.mssante"_s);
    for (const auto *x : {&name, &rpps, &mss})
        if (!*x)
            return std::unexpected(x->error());
    r.prescriberName = *name;
    r.prescriberRpps = *rpps;
    r.prescriberMssante = *mss;
    return {};
}

domain::Status readExams(const QJsonObject &root, DossierRequest &r)
{
    const QJsonValue v = root.value(u"exams"_s);
    if (v.isUndefined() || v.isNull())
        return std::unexpected(bad(u"Champ « exams » manquant."_s, u"exams"_s));
    if (!v.isArray() || v.toArray().isEmpty())
        return std::unexpected(bad(u"Le champ « exams » doit être une liste non vide de codes d'examens."_s, u"exams"_s));
    const QJsonArray a = v.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString path = u"exams[%1]"_s.arg(i);
        if (!a[i].isString() || a[i].toString().trimmed().isEmpty())
            return std::unexpected(bad(u"Le champ « %1 » doit être un code d'examen."_s.arg(path), path));
        r.examCodes << a[i].toString().trimmed();
    }
    return {};
}

domain::Status readSampling(const QJsonObject &root, DossierRequest &r)
{
    auto prescribed = text(root, u"prescribedOn"_s, u"prescribedOn"_s);
    if (!prescribed)
        return std::unexpected(prescribed.error());
    if (!prescribed->isEmpty()) {
        r.prescribedOn = QDate::fromString(*prescribed, Qt::ISODate);
        if (!r.prescribedOn.isValid())
            return std::unexpected(bad(u"Date « prescribedOn » illisible : AAAA-MM-JJ attendu."_s, u"prescribedOn"_s));
    }
    auto sampled = text(root, u"sampledAt"_s, u"sampledAt"_s);
    if (!sampled)
        return std::unexpected(sampled.error());
    if (!sampled->isEmpty()) {
        r.sampledAt = QDateTime::fromString(*sampled, Qt::ISODateWithMs);
        if (!r.sampledAt.isValid())
            return std::unexpected(bad(u"Date et heure « sampledAt » illisibles : ISO 8601 attendu (2026-12-05T08:15:00+01:00)."_s,
                                       u"sampledAt"_s));
    }
    auto sampler = object(root, u"sampler"_s, u"sampler"_s, false);
    if (!sampler)
        return std::unexpected(sampler.error());
    auto kind = text(*sampler, u"kind"_s, u"sampler.kind"_s);
    auto name = text(*sampler, u"name"_s, u"sampler.name"_s);
    if (!kind)
        return std::unexpected(kind.error());
    if (!name)
        return std::unexpected(name.error());
    if (!kind->isEmpty()) {
        auto k = domain::samplerKindFromCode(*kind);
        if (!k)
            return std::unexpected(bad(u"« sampler.kind » attend lab, home_nurse ou ward."_s, u"sampler.kind"_s));
        r.samplerKind = *k;
    }
    r.samplerName = *name;
    auto origin = text(root, u"origin"_s, u"origin"_s);
    auto ward = text(root, u"ward"_s, u"ward"_s);
    if (!origin)
        return std::unexpected(origin.error());
    if (!ward)
        return std::unexpected(ward.error());
    if (!origin->isEmpty()) {
        auto o = domain::originFromCode(*origin);
        if (!o)
            return std::unexpected(bad(u"« origin » attend external ou ward."_s, u"origin"_s));
        r.origin = *o;
    }
    r.ward = *ward;
    return {};
}

domain::Status readCopiesAndAnswers(const QJsonObject &root, DossierRequest &r)
{
    const QJsonValue c = root.value(u"correspondents"_s);
    if (!c.isUndefined() && !c.isNull()) {
        if (!c.isArray())
            return std::unexpected(bad(u"Le champ « correspondents » doit être une liste."_s, u"correspondents"_s));
        const QJsonArray a = c.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString path = u"correspondents[%1]"_s.arg(i);
            if (!a[i].isObject())
                return std::unexpected(bad(u"Le champ « %1 » doit être un objet JSON."_s.arg(path), path));
            const QJsonObject o = a[i].toObject();
            auto name = text(o, u"name"_s, path + u".name"_s, true);
            auto rpps = text(o, u"rpps"_s, path + u".rpps"_s);
            auto mss = text(o, u"mssante"_s, path + u".mssante"_s);
            for (const auto *x : {&name, &rpps, &mss})
                if (!*x)
                    return std::unexpected(x->error());
            r.correspondents << domain::Correspondent{*rpps, *name, *mss, true};
        }
    }
    auto answers = object(root, u"clinicalAnswers"_s, u"clinicalAnswers"_s, false);
    if (!answers)
        return std::unexpected(answers.error());
    for (auto it = answers->begin(); it != answers->end(); ++it) {
        const QString path = u"clinicalAnswers."_s + it.key();
        if (it.value().isString())
            r.clinicalAnswers.insert(it.key(), it.value().toString());
        else if (it.value().isDouble())
            r.clinicalAnswers.insert(it.key(), QString::number(it.value().toDouble()));
        else if (it.value().isBool())
            r.clinicalAnswers.insert(it.key(), it.value().toBool() ? u"oui"_s : u"non"_s);
        else
            return std::unexpected(bad(u"La réponse « %1 » doit être un texte, un nombre ou un booléen."_s.arg(path), path));
    }
    auto rec = object(root, u"recipients"_s, u"recipients"_s, false);
    if (!rec)
        return std::unexpected(rec.error());
    auto toPrescriber = flag(*rec, u"prescriber"_s, u"recipients.prescriber"_s, true);
    auto toPatient = flag(*rec, u"patient"_s, u"recipients.patient"_s, false);
    auto paper = flag(*rec, u"paper"_s, u"recipients.paper"_s, false);
    for (const auto *x : {&toPrescriber, &toPatient, &paper})
        if (!*x)
            return std::unexpected(x->error());
    r.reportToPrescriber = *toPrescriber;
    r.reportToPatient = *toPatient;
    r.paperCopy = *paper;
    auto info = text(root, u"clinicalInfo"_s, u"clinicalInfo"_s);
    if (!info)
        return std::unexpected(info.error());
    r.clinicalInfo = *info;
    return {};
}

} // namespace

domain::Result<DossierRequest> DossierRequestJson::parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return std::unexpected(bad(u"JSON illisible à l'octet %1 : %2."_s.arg(error.offset).arg(error.errorString()),
                                   u"octet %1"_s.arg(error.offset)));
    if (!doc.isObject())
        return std::unexpected(bad(u"La demande doit être un objet JSON."_s, u"$"_s));
    const QJsonObject root = doc.object();
    DossierRequest r;
    const QJsonValue patient = root.value(u"patientId"_s);
    if (patient.isUndefined() || patient.isNull())
        return std::unexpected(bad(u"Champ « patientId » manquant."_s, u"patientId"_s));
    if (!patient.isDouble() || patient.toDouble() != static_cast<double>(patient.toInteger()) || patient.toInteger() <= 0)
        return std::unexpected(bad(u"Le champ « patientId » doit être un identifiant de patient (entier positif)."_s,
                                   u"patientId"_s));
    r.patientId = patient.toInteger();
    auto priority = text(root, u"priority"_s, u"priority"_s);
    if (!priority)
        return std::unexpected(priority.error());
    if (!priority->isEmpty()) {
        auto p = domain::priorityFromCode(*priority);
        if (!p)
            return std::unexpected(bad(u"« priority » attend routine, urgent ou vital."_s, u"priority"_s));
        r.priority = *p;
    }
    for (auto step : {readPrescriber, readExams, readSampling, readCopiesAndAnswers})
        if (auto s = step(root, r); !s)
            return std::unexpected(s.error());
    return r;
}

QJsonObject DossierRequestJson::toJson(const workflow::orders::DossierChange &change)
{
    const Dossier &d = change.dossier;
    QJsonObject dossier{{u"id"_s, d.id},
                        {u"number"_s, d.number},
                        {u"version"_s, d.version},
                        {u"status"_s, domain::dossierStatusCode(d.status)},
                        {u"priority"_s, domain::priorityCode(d.priority)}};
    QJsonArray tubes;
    for (const auto &t : change.newTubes)
        tubes.append(QJsonObject{{u"id"_s, t.specimen.id},
                                 {u"barcode"_s, t.specimen.barcode},
                                 {u"container"_s, t.specimen.containerCode},
                                 {u"specimenType"_s, t.specimen.typeCode},
                                 {u"analyses"_s, QJsonArray::fromStringList(t.analysisCodes)}});
    QJsonArray exams;
    for (const auto &e : change.exams)
        exams.append(e.examCode);
    return QJsonObject{{u"dossier"_s, dossier},
                       {u"exams"_s, exams},
                       {u"tubes"_s, tubes},
                       {u"warnings"_s, QJsonArray::fromStringList(change.warnings)}};
}

} // namespace sgl::cli
