#include "storage/PatientJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sgl::storage {

QString PatientJson::toJson(const domain::Patient &p)
{
    QJsonObject o;
    o[u"id"_s] = p.id;
    o[u"version"_s] = p.version;
    o[u"ipp"_s] = p.localId;
    o[u"birthName"_s] = p.traits.birthName;
    o[u"firstBirthName"_s] = p.traits.firstBirthName;
    o[u"birthFirstNames"_s] = QJsonArray::fromStringList(p.traits.birthFirstNames);
    o[u"birthDate"_s] = p.traits.birthDate.toString(Qt::ISODate);
    o[u"birthDateRaw"_s] = p.traits.birthDateRaw;
    o[u"sex"_s] = domain::sexCode(p.traits.sex);
    o[u"birthPlaceCog"_s] = p.traits.birthPlaceCog;
    o[u"usedName"_s] = p.traits.usedName;
    o[u"usedFirstName"_s] = p.traits.usedFirstName;
    o[u"status"_s] = domain::identityStatusCode(p.status);
    if (!p.ins.isEmpty()) {
        o[u"ins"_s] = p.ins.full();
        o[u"insOid"_s] = p.ins.oid;
    }
    QJsonArray evidence;
    for (const auto &e : p.evidence)
        evidence.append(QJsonObject{{u"type"_s, domain::evidenceTypeCode(e.type)},
                                    {u"checkedBy"_s, e.checkedBy},
                                    {u"checkedAt"_s, e.checkedAt.toString(Qt::ISODateWithMs)}});
    o[u"evidence"_s] = evidence;
    o[u"doubtful"_s] = p.doubtful;
    o[u"fictitious"_s] = p.fictitious;
    o[u"homonym"_s] = p.homonym;
    o[u"mergedInto"_s] = p.mergedInto;
    o[u"phone"_s] = p.phone;
    o[u"email"_s] = p.email;
    o[u"address"_s] = p.address;
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace sgl::storage
