#include "interop/xds/StoredQueryRequest.h"

#include "interop/xds/RimWriter.h"
#include "interop/xds/XdsConstants.h"

namespace sgl::interop::xds {

namespace {

QString quoted(const QString &v)
{
    QString escaped = v;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString quotedList(const QStringList &values)
{
    QStringList q;
    for (const QString &v : values)
        q.append(quoted(v));
    return QLatin1Char('(') + q.join(QLatin1Char(',')) + QLatin1Char(')');
}

struct Query {
    xml::XmlWriterElement adhoc;
    xml::XmlWriterNamespace rim;
};

Query begin(xml::XmlWriterElement parent, const char *queryId)
{
    xml::XmlWriterElement req = parent.add("AdhocQueryRequest");
    const xml::XmlWriterNamespace query = req.declareNamespace(QStringLiteral("query"), QString::fromLatin1(uuid::kNsQuery));
    req.setNamespace(query);
    const xml::XmlWriterNamespace rim = req.declareNamespace(QStringLiteral("rim"), QString::fromLatin1(uuid::kNsRim));
    req.add(query, "ResponseOption").set("returnComposedObjects", "true").set("returnType", "LeafClass");
    return {req.add(rim, "AdhocQuery").set("id", queryId), rim};
}

} // namespace

void StoredQueryRequest::getDocumentsByUniqueId(xml::XmlWriterElement parent, const QStringList &uniqueIds)
{
    Query q = begin(parent, uuid::kGetDocuments);
    RimWriter(q.rim).slot(q.adhoc, "$XDSDocumentEntryUniqueId", {quotedList(uniqueIds)});
}

void StoredQueryRequest::findDocuments(xml::XmlWriterElement parent, const QString &patientId, const QStringList &statuses)
{
    Query q = begin(parent, uuid::kFindDocuments);
    RimWriter w(q.rim);
    w.slot(q.adhoc, "$XDSDocumentEntryPatientId", {quoted(patientId)});
    w.slot(q.adhoc, "$XDSDocumentEntryStatus",
           {quotedList(statuses.isEmpty() ? QStringList{QString::fromLatin1(uuid::kStatusApproved)} : statuses)});
}

} // namespace sgl::interop::xds
