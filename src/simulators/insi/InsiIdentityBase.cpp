#include "simulators/insi/InsiIdentityBase.h"

#include "domain/identity/NameNormaliser.h"
#include "simulators/insi/ErrorCodes.h"
#include "simulators/insi/Tr.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace sgl::simulators::insi {

namespace {

std::optional<SimIns> readIns(const QJsonObject &o)
{
    static const QRegularExpression numRe(QStringLiteral("^\\d{6}[A-Za-z0-9]\\d{6}$"));
    static const QRegularExpression keyRe(QStringLiteral("^\\d{2}$"));
    SimIns ins{o.value(QStringLiteral("matricule")).toString(), o.value(QStringLiteral("key")).toString(),
               o.value(QStringLiteral("oid")).toString(), o.value(QStringLiteral("dateDeb")).toString(),
               o.value(QStringLiteral("dateFin")).toString()};
    if (!numRe.match(ins.matricule).hasMatch() || !keyRe.match(ins.key).hasMatch() || ins.oid.isEmpty())
        return std::nullopt;
    return ins;
}

} // namespace

domain::Result<InsiIdentityBase> InsiIdentityBase::load(const QString &jsonPath)
{
    QFile f(jsonPath);
    if (!f.open(QIODevice::ReadOnly))
        return domain::fail(errc::SimBaseRead,
                            Tr::tr("Base d'identités du simulateur INSi illisible : %1").arg(f.errorString()), jsonPath);
    return fromJson(f.readAll(), jsonPath);
}

domain::Result<InsiIdentityBase> InsiIdentityBase::fromJson(const QByteArray &json, const QString &source)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return domain::fail(errc::SimBaseFormat,
                            Tr::tr("Base d'identités INSi : JSON invalide (%1)").arg(err.errorString()),
                            QStringLiteral("%1:offset %2").arg(source).arg(err.offset));
    InsiIdentityBase base;
    const QJsonObject root = doc.object();
    for (const auto &v : root.value(QStringLiteral("idamAllowList")).toArray())
        base.m_idamAllowList << v.toString();
    static const QRegularExpression dateRe(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QJsonArray list = root.value(QStringLiteral("identities")).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list[i].toObject();
        const QString where = QStringLiteral("%1:identities[%2]").arg(source).arg(i);
        SimIdentity id;
        id.birthName = domain::NameNormaliser::forInsi(o.value(QStringLiteral("birthName")).toString());
        for (const auto &fn : o.value(QStringLiteral("firstNames")).toArray())
            id.firstNames << domain::NameNormaliser::forInsi(fn.toString());
        id.sex = o.value(QStringLiteral("sex")).toString();
        id.birthDate = o.value(QStringLiteral("birthDate")).toString();
        id.birthPlace = o.value(QStringLiteral("birthPlace")).toString();
        const auto ins = readIns(o.value(QStringLiteral("ins")).toObject());
        if (id.birthName.isEmpty() || id.firstNames.isEmpty() || (id.sex != QLatin1String("M") && id.sex != QLatin1String("F"))
            || !dateRe.match(id.birthDate).hasMatch() || !ins)
            return domain::fail(errc::SimBaseFormat,
                                Tr::tr("Identité incomplète ou invalide dans la base du simulateur INSi."), where);
        id.ins = *ins;
        const QJsonArray history = o.value(QStringLiteral("history")).toArray();
        for (qsizetype h = 0; h < history.size(); ++h) {
            const auto hi = readIns(history[h].toObject());
            if (!hi)
                return domain::fail(errc::SimBaseFormat, Tr::tr("INS historique invalide."),
                                    QStringLiteral("%1.history[%2]").arg(where).arg(h));
            id.history << *hi;
        }
        base.m_identities << id;
    }
    return base;
}

QList<SimIdentity> InsiIdentityBase::matchTraits(const QString &birthName, const QString &firstName,
                                                 const QString &sex, const QString &birthDate,
                                                 const QString &birthPlace) const
{
    const QString name = domain::NameNormaliser::forInsi(birthName);
    const QString first = domain::NameNormaliser::forInsi(firstName);
    QList<SimIdentity> out;
    for (const SimIdentity &id : m_identities) {
        if (id.birthName != name || id.sex != sex || id.birthDate != birthDate)
            continue;
        if (!id.firstNames.contains(first) && id.firstNames.join(QLatin1Char(' ')) != first)
            continue;
        if (!birthPlace.isEmpty() && id.birthPlace.compare(birthPlace, Qt::CaseInsensitive) != 0)
            continue;
        out << id;
    }
    return out;
}

QList<SimIdentity> InsiIdentityBase::matchVitale(const QString &matricule, const QString &birthName,
                                                 const QString &birthDate) const
{
    const QString name = domain::NameNormaliser::forInsi(birthName);
    QList<SimIdentity> out;
    for (const SimIdentity &id : m_identities)
        if (id.ins.matricule == matricule && id.birthName == name && id.birthDate == birthDate)
            out << id;
    return out;
}

} // namespace sgl::simulators::insi
