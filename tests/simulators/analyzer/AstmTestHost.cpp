#include "AstmTestHost.h"

#include "SimTestSupport.h"

#include "interop/astm/RecordWriter.h"
#include "interop/astm/ResultExtractor.h"

namespace sgl::simulators::analyzer::testing {

using namespace sgl::interop::astm;

namespace {

LinkOptions hostOptions()
{
    LinkOptions o;
    o.role = LinkRole::Host;
    return o;
}

} // namespace

AstmTestHost::AstmTestHost() : m_server(hostOptions())
{
    app();
    QObject::connect(&m_server, &TcpServerLink::connectionOpened, &m_server, [this](LinkDriver *driver, const QString &) {
        ++connections;
        m_current = driver;
        driver->setTrafficObserver([this](TrafficDirection d, QByteArrayView bytes, qint64) {
            if (d == TrafficDirection::Received) {
                ++receivedChunks;
                largestChunk = std::max(largestChunk, bytes.size());
            }
        });
        QObject::connect(driver, &LinkDriver::eventRaised, &m_server, [this](const LinkEvent &e) { events << e; });
        QObject::connect(driver, &LinkDriver::sendFinished, &m_server,
                         [this](quint64, bool delivered, const QString &) { sendOutcomes << (delivered ? 1 : 0); });
        QObject::connect(driver, &LinkDriver::messageReceived, &m_server, [this, driver] {
            for (const Message &m : driver->takeMessages()) {
                const auto extracted = ResultExtractor::extract(m);
                messages << extracted;
                for (const auto &q : extracted.queries) {
                    queried << q.specimenId;
                    HostHeader header;
                    header.receiver = m.header() ? m.header()->component(5, 1) : QString();
                    auto answer = orders.contains(q.specimenId)
                                      ? RecordWriter().orders(header, {[&] {
                                            OrderRequest o;
                                            o.specimenId = q.specimenId;
                                            o.testCodes = orders.value(q.specimenId);
                                            o.reportType = QStringLiteral("Q");
                                            return o;
                                        }()})
                                      : RecordWriter().noOrderAnswer(header, q.specimenId, u'Y');
                    if (answer)
                        (void)driver->send(*answer);
                }
            }
        });
    });
    QObject::connect(&m_server, &TcpServerLink::connectionClosed, &m_server, [this](LinkDriver *driver, const QString &) {
        ++closed;
        if (m_current == driver)
            m_current = nullptr;
    });
    (void)m_server.listen(QHostAddress::LocalHost, 0);
}

void AstmTestHost::pushOrders(const QString &specimenId, const QStringList &tests)
{
    OrderRequest o;
    o.specimenId = specimenId;
    o.testCodes = tests;
    auto bytes = RecordWriter().orders(HostHeader{}, {o});
    if (m_current && bytes)
        (void)m_current->send(*bytes);
}

int AstmTestHost::eventCount(QLatin1StringView code) const
{
    int n = 0;
    for (const LinkEvent &e : events)
        if (e.code == code)
            ++n;
    return n;
}

QList<domain::analyzer::AnalyzerResult> AstmTestHost::results(const QString &specimenId) const
{
    QList<domain::analyzer::AnalyzerResult> out;
    for (const auto &m : messages)
        if (m.complete)
            for (const auto &r : m.results)
                if (r.specimenId == specimenId)
                    out << r;
    return out;
}

int AstmTestHost::completeResultMessages(const QString &specimenId) const
{
    int n = 0;
    for (const auto &m : messages)
        if (m.complete && !m.results.isEmpty() && m.results.first().specimenId == specimenId)
            ++n;
    return n;
}

int AstmTestHost::incompleteMessages() const
{
    int n = 0;
    for (const auto &m : messages)
        if (!m.complete)
            ++n;
    return n;
}

} // namespace sgl::simulators::analyzer::testing
