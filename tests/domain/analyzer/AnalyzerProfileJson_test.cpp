#include "domain/ErrorCodes.h"
#include "domain/analyzer/AnalyzerProfileJson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace sgl::domain;
using namespace sgl::domain::analyzer;

namespace {

AnalyzerProfile everything()
{
    AnalyzerProfile p = AnalyzerProfile::standard(AnalyzerProtocol::Astm);
    p.name = u"roche-cobas-e411"_s;
    p.label = u"Roche cobas e 411 — immunologie"_s;
    p.analyzerId = u"COBAS"_s;
    p.transport = TransportSettings{TransportKind::Serial, u"0.0.0.0"_s, 0, u"/dev/ttyUSB0"_s, 19200, 7, 'E', 2};
    p.charset = u"utf-8"_s;
    p.lenientFrameNumbers = true;
    p.specimenId = FieldRef{MessageField::InstrumentSpecimen, 3, 0};
    p.testCode = FieldRef{MessageField::TestId, 4, 1};
    p.resultKind = FieldRef{MessageField::TestId, 11, 0};
    p.resultKinds = {u"F"_s};
    p.values.valueComponent = 2;
    p.values.dilution = FieldRef{MessageField::TestId, 4, 2};
    p.flagMappings = {FlagMapping{u"H"_s, u"H"_s}, FlagMapping{u"EXP"_s, QString()}, FlagMapping{u"<"_s, u"<"_s}};
    p.qc = QcRule{false, u"^QC-"_s};
    p.orderMode = OrderMode::HostQuery;
    p.codeMappings = {CodeMapping{u"8"_s, u"TSH"_s, 1.0}, CodeMapping{u"7"_s, u"T4L"_s, 12.87},
                      CodeMapping{u"5"_s, u"AGHBS"_s, 1.0, 2}};
    p.ignoredTestCodes = {u"Probe*"_s, u"S_RAW"_s};
    p.identityMapping = true;
    p.querySpecimenComponent = 3;
    p.active = false;
    p.version = 7;
    return p;
}

QJsonObject minimal(const char *protocol = "astm")
{
    return QJsonObject{{u"schema"_s, u"sgl-analyzer-profile/1"_s}, {u"name"_s, u"x"_s},
                       {u"protocol"_s, QString::fromLatin1(protocol)}, {u"transport"_s, QJsonObject{{u"port"_s, 5000}}}};
}

/** fromJson of `object`, expecting a refusal: returns "code @ location". */
std::string refusal(const QJsonObject &object)
{
    const auto p = AnalyzerProfileJson::fromJson(object);
    if (p.has_value())
        return "accepted";
    EXPECT_FALSE(p.error().message.isEmpty());
    return (p.error().code + u" @ "_s + p.error().location).toStdString();
}

QJsonObject with(QJsonObject o, const QString &member, const QJsonValue &value)
{
    o.insert(member, value);
    return o;
}

} // namespace

TEST(AnalyzerProfileJson, RoundTripKeepsEveryMemberButVersion)
{
    const AnalyzerProfile p = everything();
    const QJsonObject json = AnalyzerProfileJson::toJson(p);
    EXPECT_EQ(json.value(u"schema"_s).toString(), u"sgl-analyzer-profile/1"_s);
    EXPECT_EQ(json.value(u"protocol"_s).toString(), u"astm"_s);
    EXPECT_EQ(json.value(u"orderMode"_s).toString(), u"host-query"_s);
    EXPECT_EQ(json.value(u"transport"_s).toObject().value(u"kind"_s).toString(), u"serial"_s);
    EXPECT_EQ(json.value(u"specimenId"_s).toString(), u"O-4.3"_s);
    EXPECT_EQ(json.value(u"testCode"_s).toString(), u"R-3.4/1"_s);
    EXPECT_FALSE(json.contains(u"version"_s));
    const QJsonArray codes = json.value(u"codeMappings"_s).toArray();
    EXPECT_FALSE(codes.at(0).toObject().contains(u"valueComponent"_s));   // only written when set
    EXPECT_EQ(codes.at(2).toObject().value(u"valueComponent"_s).toInt(), 2);
    const auto back = AnalyzerProfileJson::fromJson(json);
    ASSERT_TRUE(back.has_value()) << back.error().toString().toStdString();
    AnalyzerProfile expected = p;
    expected.version = 0;
    EXPECT_EQ(*back, expected);
}

TEST(AnalyzerProfileJson, Hl7RoundTripAndDocument)
{
    AnalyzerProfile h = AnalyzerProfile::standard(AnalyzerProtocol::Hl7);
    h.name = u"law-generic"_s;
    h.transport.port = 5100;
    h.transport.kind = TransportKind::TcpClient;
    h.transport.host = u"192.0.2.10"_s;
    h.orderMode = OrderMode::WorklistDownload;
    h.identityMapping = true;
    AnalyzerProfile a = everything();
    a.version = 0;
    const QByteArray doc = AnalyzerProfileJson::toDocument({a, h});
    const auto back = AnalyzerProfileJson::parseDocument(doc);
    ASSERT_TRUE(back.has_value()) << back.error().toString().toStdString();
    ASSERT_EQ(back->size(), 2);
    EXPECT_EQ(back->at(0), a);
    EXPECT_EQ(back->at(1), h);
    EXPECT_EQ(AnalyzerProfileJson::toJson(h).value(u"specimenId"_s).toString(), u"SPM-2.1"_s);

    // A single object is a document too.
    const auto one = AnalyzerProfileJson::parseDocument(QJsonDocument(AnalyzerProfileJson::toJson(h)).toJson());
    ASSERT_TRUE(one.has_value());
    EXPECT_EQ(one->value(0), h);
}

TEST(AnalyzerProfileJson, MinimalObjectTakesTheStandardDefaults)
{
    const auto p = AnalyzerProfileJson::fromJson(minimal("hl7"));
    ASSERT_TRUE(p.has_value()) << p.error().toString().toStdString();
    AnalyzerProfile expected = AnalyzerProfile::standard(AnalyzerProtocol::Hl7);
    expected.name = u"x"_s;
    expected.transport.port = 5000;
    EXPECT_EQ(*p, expected);
    // null counts as absent for optional members
    const auto n = AnalyzerProfileJson::fromJson(with(minimal(), u"resultKind"_s, QJsonValue::Null));
    ASSERT_TRUE(n.has_value());
    EXPECT_FALSE(n->resultKind.has_value());
}

TEST(AnalyzerProfileJson, RefusesMissingUnknownAndMistypedMembers)
{
    QJsonObject noName = minimal();
    noName.remove(u"name"_s);
    EXPECT_EQ(refusal(noName), "analyzer.profile_invalid @ name");
    QJsonObject noSchema = minimal();
    noSchema.remove(u"schema"_s);
    EXPECT_EQ(refusal(noSchema), "analyzer.profile_invalid @ schema");
    QJsonObject noProtocol = minimal();
    noProtocol.remove(u"protocol"_s);
    EXPECT_EQ(refusal(noProtocol), "analyzer.profile_invalid @ protocol");
    EXPECT_EQ(refusal(with(minimal(), u"schema"_s, u"sgl-analyzer-profile/2"_s)), "analyzer.profile_invalid @ schema");
    EXPECT_EQ(refusal(with(minimal(), u"colour"_s, u"red"_s)), "analyzer.profile_invalid @ colour");
    EXPECT_EQ(refusal(with(minimal(), u"transport"_s, QJsonObject{{u"port"_s, 1}, {u"speed"_s, 2}})),
              "analyzer.profile_invalid @ transport.speed");
    EXPECT_EQ(refusal(with(minimal(), u"label"_s, 3)), "analyzer.profile_invalid @ label");
    EXPECT_EQ(refusal(with(minimal(), u"active"_s, u"yes"_s)), "analyzer.profile_invalid @ active");
    EXPECT_EQ(refusal(with(minimal(), u"resultKinds"_s, QJsonArray{u"F"_s, 2})), "analyzer.profile_invalid @ resultKinds[1]");
    EXPECT_EQ(refusal(with(minimal(), u"querySpecimenComponent"_s, 2.5)),
              "analyzer.profile_invalid @ querySpecimenComponent");
    EXPECT_EQ(refusal(with(minimal(), u"values"_s, QJsonArray{})), "analyzer.profile_invalid @ values");
    EXPECT_EQ(refusal(with(minimal(), u"codeMappings"_s, QJsonArray{u"GLU"_s})), "analyzer.profile_invalid @ codeMappings[0]");
    EXPECT_EQ(refusal(with(minimal(), u"codeMappings"_s, QJsonArray{QJsonObject{{u"testCode"_s, u"A"_s}}})),
              "analyzer.profile_invalid @ codeMappings[0].analysisCode");
    EXPECT_EQ(refusal(with(minimal(), u"flagMappings"_s, QJsonArray{QJsonObject{{u"abnormalFlag"_s, u"H"_s}}})),
              "analyzer.profile_invalid @ flagMappings[0].instrumentFlag");
}

TEST(AnalyzerProfileJson, RefusesUnknownEnumTexts)
{
    EXPECT_EQ(refusal(with(minimal(), u"protocol"_s, u"ASTM"_s)), "analyzer.profile_invalid @ protocol");
    EXPECT_EQ(refusal(with(minimal(), u"orderMode"_s, u"query"_s)), "analyzer.profile_invalid @ orderMode");
    EXPECT_EQ(refusal(with(minimal(), u"transport"_s, QJsonObject{{u"kind"_s, u"udp"_s}})),
              "analyzer.profile_invalid @ transport.kind");
    EXPECT_EQ(refusal(with(minimal(), u"charset"_s, u"ebcdic"_s)), "analyzer.profile_invalid @ charset");
}

TEST(AnalyzerProfileJson, RefusesFieldReferencesOfTheOtherProtocol)
{
    EXPECT_EQ(refusal(with(minimal("hl7"), u"specimenId"_s, u"O-3.1"_s)), "analyzer.bad_field_ref @ specimenId");
    EXPECT_EQ(refusal(with(minimal("astm"), u"testCode"_s, u"OBX-3.1"_s)), "analyzer.bad_field_ref @ testCode");
    EXPECT_EQ(refusal(with(minimal(), u"resultKind"_s, u"R-3.99"_s)), "analyzer.bad_field_ref @ resultKind");
    EXPECT_EQ(refusal(with(minimal(), u"values"_s, QJsonObject{{u"dilution"_s, u"X-1"_s}})),
              "analyzer.bad_field_ref @ values.dilution");
}

TEST(AnalyzerProfileJson, RefusesInvalidContent)
{
    EXPECT_EQ(refusal(with(minimal(), u"name"_s, u"Sysmex XN"_s)), "analyzer.profile_invalid @ name");
    EXPECT_EQ(refusal(with(minimal(), u"name"_s, QString(41, u'a'))), "analyzer.profile_invalid @ name");
    EXPECT_EQ(refusal(with(minimal(), u"transport"_s, QJsonObject{{u"port"_s, 0}})), "analyzer.profile_invalid @ transport.port");
    EXPECT_EQ(refusal(with(minimal(), u"transport"_s, QJsonObject{{u"port"_s, 65536}})),
              "analyzer.profile_invalid @ transport.port");
    EXPECT_EQ(refusal(with(minimal(), u"transport"_s, QJsonObject{{u"kind"_s, u"none"_s}})), "accepted");
    EXPECT_EQ(refusal(with(minimal(), u"transport"_s, QJsonObject{{u"kind"_s, u"serial"_s}})),
              "analyzer.profile_invalid @ transport.serialPort");
    EXPECT_EQ(refusal(with(minimal("hl7"), u"transport"_s, QJsonObject{{u"kind"_s, u"serial"_s}, {u"serialPort"_s, u"/dev/ttyS0"_s}})),
              "analyzer.profile_invalid @ transport.kind");
    EXPECT_EQ(refusal(with(minimal(), u"transport"_s,
                           QJsonObject{{u"kind"_s, u"serial"_s}, {u"serialPort"_s, u"/dev/ttyS0"_s}, {u"parity"_s, u"X"_s}})),
              "analyzer.profile_invalid @ transport.parity");
    EXPECT_EQ(refusal(with(minimal(), u"transport"_s,
                           QJsonObject{{u"kind"_s, u"serial"_s}, {u"serialPort"_s, u"/dev/ttyS0"_s}, {u"dataBits"_s, 9}})),
              "analyzer.profile_invalid @ transport.dataBits");
    EXPECT_EQ(refusal(with(minimal(), u"transport"_s, QJsonObject{{u"kind"_s, u"tcp-client"_s}, {u"port"_s, 1}, {u"host"_s, u""_s}})),
              "analyzer.profile_invalid @ transport.host");
    EXPECT_EQ(refusal(with(minimal(), u"qc"_s, QJsonObject{{u"specimenIdPattern"_s, u"([a-"_s}})),
              "analyzer.profile_invalid @ qc.specimenIdPattern");
    EXPECT_EQ(refusal(with(minimal(), u"values"_s, QJsonObject{{u"valueComponent"_s, 0}})),
              "analyzer.profile_invalid @ values.valueComponent");
    EXPECT_EQ(refusal(with(minimal(), u"querySpecimenComponent"_s, 21)), "analyzer.profile_invalid @ querySpecimenComponent");
    EXPECT_EQ(refusal(with(minimal(), u"resultKinds"_s, QJsonArray{u"F"_s})), "analyzer.profile_invalid @ resultKinds");
    EXPECT_EQ(refusal(with(minimal(), u"ignoredTestCodes"_s, QJsonArray{u"A"_s, u"*"_s})),
              "analyzer.profile_invalid @ ignoredTestCodes[1]");
    const QJsonObject gl{{u"testCode"_s, u"GLU"_s}, {u"analysisCode"_s, u"GLU"_s}};
    EXPECT_EQ(refusal(with(minimal(), u"codeMappings"_s, QJsonArray{gl, QJsonObject{{u"testCode"_s, u"K"_s}, {u"analysisCode"_s, u"K"_s}}, gl})),
              "analyzer.profile_invalid @ codeMappings[2].testCode");
    EXPECT_EQ(refusal(with(minimal(), u"codeMappings"_s,
                           QJsonArray{QJsonObject{{u"testCode"_s, u"A"_s}, {u"analysisCode"_s, u"A"_s}, {u"factor"_s, 0}}})),
              "analyzer.profile_invalid @ codeMappings[0].factor");
    EXPECT_EQ(refusal(with(minimal(), u"codeMappings"_s,
                           QJsonArray{QJsonObject{{u"testCode"_s, u"A"_s}, {u"analysisCode"_s, u"A"_s}, {u"valueComponent"_s, 21}}})),
              "analyzer.profile_invalid @ codeMappings[0].valueComponent");
    EXPECT_EQ(refusal(with(minimal(), u"codeMappings"_s,
                           QJsonArray{QJsonObject{{u"testCode"_s, u"A"_s}, {u"analysisCode"_s, u"A"_s}, {u"valueComponent"_s, u"2"_s}}})),
              "analyzer.profile_invalid @ codeMappings[0].valueComponent");
    EXPECT_EQ(refusal(with(minimal(), u"flagMappings"_s,
                           QJsonArray{QJsonObject{{u"instrumentFlag"_s, u"H"_s}, {u"abnormalFlag"_s, u"HIGH"_s}}})),
              "analyzer.profile_invalid @ flagMappings[0].abnormalFlag");
    const QJsonObject h{{u"instrumentFlag"_s, u"H"_s}, {u"abnormalFlag"_s, u"H"_s}};
    EXPECT_EQ(refusal(with(minimal(), u"flagMappings"_s, QJsonArray{h, h})),
              "analyzer.profile_invalid @ flagMappings[1].instrumentFlag");
}

TEST(AnalyzerProfileJson, DocumentRefusalsNameTheProfile)
{
    const auto bad = AnalyzerProfileJson::parseDocument("{ not json");
    ASSERT_FALSE(bad.has_value());
    EXPECT_EQ(bad.error().code, errc::AnalyzerProfileInvalid);
    EXPECT_TRUE(bad.error().location.startsWith(u"offset "_s));
    EXPECT_FALSE(AnalyzerProfileJson::parseDocument("42").has_value());

    const QJsonArray two{minimal(), with(minimal(), u"orderMode"_s, u"?"_s)};
    const auto second = AnalyzerProfileJson::parseDocument(QJsonDocument(two).toJson());
    ASSERT_FALSE(second.has_value());
    EXPECT_EQ(second.error().location, u"[1].orderMode"_s);
    const auto validated = AnalyzerProfileJson::parseDocument(
        QJsonDocument(QJsonArray{minimal(), with(minimal(), u"name"_s, u"BAD"_s)}).toJson());
    ASSERT_FALSE(validated.has_value());
    EXPECT_EQ(validated.error().location, u"[1].name"_s);
    const auto twice = AnalyzerProfileJson::parseDocument(QJsonDocument(QJsonArray{minimal(), minimal()}).toJson());
    ASSERT_FALSE(twice.has_value());
    EXPECT_EQ(twice.error().location, u"[1].name"_s);
    const auto notObject = AnalyzerProfileJson::parseDocument(QJsonDocument(QJsonArray{minimal(), 3}).toJson());
    ASSERT_FALSE(notObject.has_value());
    EXPECT_EQ(notObject.error().location, u"[1]"_s);
}

TEST(AnalyzerProfileJson, ValidateChecksAProfileBuiltInCode)
{
    AnalyzerProfile p = everything();
    EXPECT_TRUE(AnalyzerProfileJson::validate(p).has_value());
    p.testCode.component = 25;
    const auto s = AnalyzerProfileJson::validate(p);
    ASSERT_FALSE(s.has_value());
    EXPECT_EQ(s.error().code, errc::AnalyzerBadFieldRef);
    EXPECT_EQ(s.error().location, u"testCode"_s);
    AnalyzerProfile q = everything();
    q.codeMappings.append(CodeMapping{u"8"_s, u"X"_s, 1.0});
    EXPECT_EQ(AnalyzerProfileJson::validate(q).error().location, u"codeMappings[3].testCode"_s);
    AnalyzerProfile tcp = AnalyzerProfile::standard(AnalyzerProtocol::Astm);
    tcp.name = u"a"_s;
    EXPECT_EQ(AnalyzerProfileJson::validate(tcp).error().location, u"transport.port"_s);   // default port 0
}
