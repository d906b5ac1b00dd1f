#include "simulators/dmp/EbXml.h"

namespace sgl::simulators::dmp {

using interop::xml::XmlElement;
using interop::xml::XmlNode;

namespace {

const QString kRimNs = QString(ebxml::kRim);

QString localized(const XmlNode &parent, const char *element)
{
    return parent.firstChild(kRimNs, QString::fromLatin1(element))
        .firstChild(kRimNs, QStringLiteral("LocalizedString"))
        .attribute(QStringLiteral("value"));
}

QList<EbSlot> readSlots(const XmlNode &parent)
{
    QList<EbSlot> slotList;
    for (const XmlNode &s : parent.childElements(kRimNs, QStringLiteral("Slot"))) {
        EbSlot slot;
        slot.name = s.attribute(QStringLiteral("name"));
        for (const XmlNode &v : s.firstChild(kRimNs, QStringLiteral("ValueList")).childElements(kRimNs, QStringLiteral("Value")))
            slot.values << v.text();
        slotList << slot;
    }
    return slotList;
}

EbClassification readClassification(const XmlNode &c)
{
    EbClassification out;
    out.id = c.attribute(QStringLiteral("id"));
    out.scheme = c.attribute(QStringLiteral("classificationScheme"));
    out.node = c.attribute(QStringLiteral("classificationNode"));
    out.code = c.attribute(QStringLiteral("nodeRepresentation"));
    out.slotList = readSlots(c);
    out.codingScheme = out.slotValues(QStringLiteral("codingScheme")).value(0);
    out.displayName = localized(c, "Name");
    out.line = c.line();
    return out;
}

EbObject readObject(const XmlNode &n, EbObject::Kind kind)
{
    EbObject o;
    o.kind = kind;
    o.id = n.attribute(QStringLiteral("id"));
    o.lid = n.attribute(QStringLiteral("lid"));
    o.status = n.attribute(QStringLiteral("status"));
    o.mimeType = n.attribute(QStringLiteral("mimeType"));
    o.objectType = n.attribute(QStringLiteral("objectType"));
    o.associationType = n.attribute(QStringLiteral("associationType"));
    o.sourceObject = n.attribute(QStringLiteral("sourceObject"));
    o.targetObject = n.attribute(QStringLiteral("targetObject"));
    o.name = localized(n, "Name");
    o.description = localized(n, "Description");
    o.versionName = n.firstChild(kRimNs, QStringLiteral("VersionInfo")).attribute(QStringLiteral("versionName"));
    o.slotList = readSlots(n);
    for (const XmlNode &c : n.childElements(kRimNs, QStringLiteral("Classification")))
        o.classifications << readClassification(c);
    for (const XmlNode &e : n.childElements(kRimNs, QStringLiteral("ExternalIdentifier")))
        o.externalIds << EbExternalId{e.attribute(QStringLiteral("identificationScheme")), e.attribute(QStringLiteral("value"))};
    o.line = n.line();
    return o;
}

XmlElement slotElement(const EbSlot &slot)
{
    XmlElement s(QStringLiteral("rim:Slot"));
    s.setAttribute(QStringLiteral("name"), slot.name);
    XmlElement &list = s.append(XmlElement(QStringLiteral("rim:ValueList")));
    for (const QString &v : slot.values)
        list.addTextChild(QStringLiteral("rim:Value"), v);
    return s;
}

XmlElement localizedElement(const char *name, const QString &value)
{
    XmlElement e{QString::fromLatin1(name)};
    XmlElement ls(QStringLiteral("rim:LocalizedString"));
    ls.setAttribute(QStringLiteral("xml:lang"), QStringLiteral("FR"));
    ls.setAttribute(QStringLiteral("charset"), QStringLiteral("UTF8"));
    ls.setAttribute(QStringLiteral("value"), value);
    e.append(std::move(ls));
    return e;
}

} // namespace

QStringList EbClassification::slotValues(const QString &name) const
{
    for (const EbSlot &s : slotList)
        if (s.name == name)
            return s.values;
    return {};
}

QStringList EbObject::slotValues(const QString &slotName) const
{
    for (const EbSlot &s : slotList)
        if (s.name == slotName)
            return s.values;
    return {};
}

QString EbObject::slot(const QString &slotName) const
{
    return slotValues(slotName).value(0);
}

bool EbObject::hasSlot(const QString &slotName) const
{
    for (const EbSlot &s : slotList)
        if (s.name == slotName)
            return true;
    return false;
}

QList<EbClassification> EbObject::classified(QLatin1StringView scheme) const
{
    QList<EbClassification> out;
    for (const EbClassification &c : classifications)
        if (c.scheme == scheme)
            out << c;
    return out;
}

QString EbObject::externalId(QLatin1StringView scheme) const
{
    for (const EbExternalId &e : externalIds)
        if (e.scheme == scheme)
            return e.value;
    return {};
}

void EbObject::setSlot(const QString &slotName, const QStringList &values)
{
    for (EbSlot &s : slotList) {
        if (s.name == slotName) {
            s.values = values;
            return;
        }
    }
    slotList << EbSlot{slotName, values};
}

EbObjectList EbObjectList::read(const XmlNode &list)
{
    EbObjectList out;
    for (const XmlNode &n : list.childElements()) {
        if (n.namespaceUri() != kRimNs)
            continue;
        const QString name = n.localName();
        if (name == QLatin1StringView("RegistryPackage"))
            out.packages << readObject(n, EbObject::Kind::Package);
        else if (name == QLatin1StringView("ExtrinsicObject"))
            out.extrinsics << readObject(n, EbObject::Kind::Extrinsic);
        else if (name == QLatin1StringView("Association"))
            out.associations << readObject(n, EbObject::Kind::Association);
        else if (name == QLatin1StringView("Classification"))
            out.classifications << readClassification(n);
    }
    return out;
}

const EbObject *EbObjectList::byId(const QString &id) const
{
    for (const QList<EbObject> *l : {&packages, &extrinsics, &associations})
        for (const EbObject &o : *l)
            if (o.id == id)
                return &o;
    return nullptr;
}

XmlElement writeEbObject(const EbObject &o)
{
    const char *tag = o.kind == EbObject::Kind::Package       ? "rim:RegistryPackage"
                      : o.kind == EbObject::Kind::Association ? "rim:Association"
                                                              : "rim:ExtrinsicObject";
    XmlElement e{QString::fromLatin1(tag)};
    e.setAttribute(QStringLiteral("id"), o.id);
    if (!o.lid.isEmpty())
        e.setAttribute(QStringLiteral("lid"), o.lid);
    if (!o.status.isEmpty())
        e.setAttribute(QStringLiteral("status"), o.status);
    if (!o.mimeType.isEmpty())
        e.setAttribute(QStringLiteral("mimeType"), o.mimeType);
    if (!o.objectType.isEmpty())
        e.setAttribute(QStringLiteral("objectType"), o.objectType);
    if (o.kind == EbObject::Kind::Association) {
        e.setAttribute(QStringLiteral("associationType"), o.associationType);
        e.setAttribute(QStringLiteral("sourceObject"), o.sourceObject);
        e.setAttribute(QStringLiteral("targetObject"), o.targetObject);
    }
    for (const EbSlot &s : o.slotList)
        e.append(slotElement(s));
    if (!o.name.isEmpty())
        e.append(localizedElement("rim:Name", o.name));
    if (!o.description.isEmpty())
        e.append(localizedElement("rim:Description", o.description));
    if (!o.versionName.isEmpty()) {
        XmlElement v(QStringLiteral("rim:VersionInfo"));
        v.setAttribute(QStringLiteral("versionName"), o.versionName);
        e.append(std::move(v));
    }
    for (const EbClassification &c : o.classifications) {
        XmlElement ce(QStringLiteral("rim:Classification"));
        ce.setAttribute(QStringLiteral("id"), c.id);
        if (!c.scheme.isEmpty())
            ce.setAttribute(QStringLiteral("classificationScheme"), c.scheme);
        if (!c.node.isEmpty())
            ce.setAttribute(QStringLiteral("classificationNode"), c.node);
        ce.setAttribute(QStringLiteral("classifiedObject"), o.id);
        ce.setAttribute(QStringLiteral("nodeRepresentation"), c.code);
        for (const EbSlot &s : c.slotList)
            ce.append(slotElement(s));
        if (!c.displayName.isEmpty())
            ce.append(localizedElement("rim:Name", c.displayName));
        e.append(std::move(ce));
    }
    int n = 0;
    for (const EbExternalId &x : o.externalIds) {
        XmlElement xe(QStringLiteral("rim:ExternalIdentifier"));
        xe.setAttribute(QStringLiteral("id"), QStringLiteral("%1-ei%2").arg(o.id).arg(++n));
        xe.setAttribute(QStringLiteral("identificationScheme"), x.scheme);
        xe.setAttribute(QStringLiteral("registryObject"), o.id);
        xe.setAttribute(QStringLiteral("value"), x.value);
        e.append(std::move(xe));
    }
    return e;
}

} // namespace sgl::simulators::dmp
