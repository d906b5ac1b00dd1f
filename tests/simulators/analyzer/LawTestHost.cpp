#include "LawTestHost.h"

#include "SimTestSupport.h"

#include "interop/hl7v2/LawMessageBuilder.h"
#include "interop/hl7v2/LawQueryReader.h"
#include "interop/hl7v2/LawResultReader.h"
#include "interop/hl7v2/Parser.h"
#include "interop/hl7v2/Serializer.h"

#include <QDateTime>
#include <QTimer>

namespace sgl::simulators::analyzer::testing {

using namespace sgl::interop::hl7v2;

LawTestHost::LawTestHost()
{
    app();
    m_server = std::make_unique<MllpServer>([this](const QByteArray &bytes, const QString &) { return handle(bytes); });
    (void)m_server->listen(QHostAddress::LocalHost, 0);
}

std::optional<QByteArray> LawTestHost::handle(const QByteArray &bytes)
{
    auto parsed = Parser::parse(bytes);
    if (!parsed)
        return std::nullopt;
    LawMessageBuilder::Routing routing;
    routing.controlId = QStringLiteral("H%1").arg(++m_control);
    routing.time = QDateTime::currentDateTime();
    const auto h = parsed->header();
    if (h.messageCode == u"QBP") {
        auto query = LawQueryReader::read(*parsed);
        if (!query)
            return std::nullopt;
        queried << query->specimenId;
        const bool known = orders.contains(query->specimenId);
        if (known)
            QTimer::singleShot(0, m_server.get(), [this, id = query->specimenId] { push(id); });
        return Serializer::toBytes(LawMessageBuilder::queryResponse(
                                       routing, *parsed, known ? LawQueryOutcome::WorkFound : LawQueryOutcome::UnknownSpecimen))
            .value_or(QByteArray());
    }
    auto read = LawResultReader::read(*parsed);
    if (!read)
        return std::nullopt;
    ++resultMessages;
    results << *read;
    QList<domain::Error> problems = read->problems;
    if (refuseResults)
        problems << domain::Error{QStringLiteral("test.refused"), QStringLiteral("refus du test"), QStringLiteral("OBX^1^5")};
    return Serializer::toBytes(LawMessageBuilder::resultsAck(h, problems, routing.controlId, routing.time))
        .value_or(QByteArray());
}

void LawTestHost::push(const QString &specimenId)
{
    if (m_simulatorPort == 0)
        return;
    if (!m_pusher)
        m_pusher = std::make_unique<MllpClient>(QStringLiteral("127.0.0.1"), m_simulatorPort);
    LawOrder order;
    order.specimenId = specimenId;
    order.specimenType = QStringLiteral("SER");
    order.placerOrderNumber = QStringLiteral("ORD-") + specimenId;
    for (const QString &code : orders.value(specimenId))
        order.tests << LawTest{code, code};
    LawMessageBuilder::Routing routing;
    routing.time = QDateTime::currentDateTime();
    for (int attempt = 0; attempt < 8; ++attempt) {
        routing.controlId = QStringLiteral("P%1").arg(++m_control);
        const QByteArray bytes = Serializer::toBytes(LawMessageBuilder::workOrder(routing, order)).value_or(QByteArray());
        auto answer = m_pusher->exchange(bytes, 5000);
        if (!answer)
            return;
        auto parsed = Parser::parse(*answer);
        const QString code = parsed ? parsed->value(u"MSA", 1) : QString();
        omlAnswers << code;
        if (code == u"AA")
            return;
    }
}

QList<domain::analyzer::AnalyzerResult> LawTestHost::resultsFor(const QString &specimenId) const
{
    QList<domain::analyzer::AnalyzerResult> out;
    for (const auto &m : results)
        for (const auto &r : m.results)
            if (r.specimenId == specimenId)
                out << r;
    return out;
}

} // namespace sgl::simulators::analyzer::testing
