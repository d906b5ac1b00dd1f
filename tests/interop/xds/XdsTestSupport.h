#pragma once

#include "interop/xds/XdsConstants.h"
#include "interop/xml/XmlDocument.h"
#include "interop/xml/XmlSchema.h"

#include <QFile>
#include <QString>

#include <gtest/gtest.h>

namespace sgl::test::xds {

inline QString materialDir()
{
    return QStringLiteral(SGL_SHARED_DIR "/dmp-mss-material/");
}

inline QByteArray readMaterial(const QString &relative)
{
    QFile f(materialDir() + relative);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

/** Prefixes of the XPath checks: s (SOAP 1.2), s11, wsa, rim, rs, lcm, query, xds, xop. */
inline interop::xml::XmlNamespaces ns()
{
    using namespace interop::xds::uuid;
    return {{QStringLiteral("s"), QString::fromLatin1(kNsSoap12)}, {QStringLiteral("s11"), QString::fromLatin1(kNsSoap11)},
            {QStringLiteral("wsa"), QString::fromLatin1(kNsWsa)},   {QStringLiteral("rim"), QString::fromLatin1(kNsRim)},
            {QStringLiteral("rs"), QString::fromLatin1(kNsRs)},     {QStringLiteral("lcm"), QString::fromLatin1(kNsLcm)},
            {QStringLiteral("query"), QString::fromLatin1(kNsQuery)}, {QStringLiteral("xds"), QString::fromLatin1(kNsXds)},
            {QStringLiteral("xop"), QString::fromLatin1(kNsXop)}};
}

/** Node count of an XPath; -1 when the expression is invalid (a typo can never pass an EXPECT_EQ(…, 0)). */
inline int count(const interop::xml::XmlDocument &doc, const QString &xpath)
{
    auto nodes = doc.select(xpath, ns());
    return nodes ? static_cast<int>(nodes->size()) : -1;
}

inline QString str(const interop::xml::XmlDocument &doc, const QString &xpath)
{
    auto v = doc.evaluateString(QStringLiteral("string(") + xpath + QLatin1Char(')'), ns());
    return v ? *v : QStringLiteral("<xpath error>");
}

/** The DMP's XDS.b repository schema (imports lcm/rim/rs/query); skips when ../shared is absent. */
inline interop::xml::XmlSchema repositorySchema()
{
    auto schema = interop::xml::XmlSchema::load(materialDir() + QStringLiteral("dmp-wsdl-v2.01.04/schema/IHE/XDS.b_DocumentRepository.xsd"));
    EXPECT_TRUE(schema.has_value()) << (schema ? "" : schema.error().message.toStdString());
    return schema ? std::move(*schema) : interop::xml::XmlSchema();
}

} // namespace sgl::test::xds
