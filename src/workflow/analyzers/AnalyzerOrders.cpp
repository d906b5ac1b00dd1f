#include "workflow/analyzers/AnalyzerOrders.h"

#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/SpecimenRepository.h"
#include "storage/WorklistRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <algorithm>

namespace sgl::workflow::analyzers {

namespace {

using domain::analyzer::ProfileMapper;

/** Results an instrument can still be asked to measure: never a value already entered. */
storage::WorklistFilter awaitingValue()
{
    storage::WorklistFilter f;
    f.states = {domain::ValidationState::Pending, domain::ValidationState::RerunRequested};
    f.receivedOnly = true;
    f.openDossiersOnly = true;
    return f;
}

/**
 * Groups worklist rows by tube (rows without a tube are calculated analyses, never sent), keeping
 * only the analyses this profile has a test code for, in the rows' order.
 */
QList<std::pair<QDateTime, TubeOrder>> ordersOf(const QList<storage::WorklistItem> &items,
                                                const ProfileMapper &mapper, const QString &specimenType)
{
    QList<std::pair<QDateTime, TubeOrder>> out;
    QHash<QString, qsizetype> index;
    for (const storage::WorklistItem &w : items) {
        if (w.barcode.isEmpty() || w.specimenStatus != domain::Specimen::Status::Received)
            continue;
        const QString code = mapper.testCodeFor(w.analysisCode);
        if (code.isEmpty())
            continue;
        auto it = index.find(w.barcode);
        if (it == index.end()) {
            TubeOrder o;
            o.barcode = w.barcode;
            o.dossierNumber = w.dossierNumber;
            o.patientId = QString::number(w.patientId);
            o.sex = domain::sexCode(w.sex);
            o.birthDate = w.birthDate.isValid() ? w.birthDate.toString(QStringLiteral("yyyyMMdd")) : QString();
            o.priority = w.priority == domain::Dossier::Priority::Routine ? QStringLiteral("R") : QStringLiteral("S");
            o.specimenType = specimenType;
            out.append({w.receivedAt, o});
            it = index.insert(w.barcode, out.size() - 1);
        }
        TubeOrder &o = out[*it].second;
        if (o.analysisCodes.contains(w.analysisCode))
            continue;
        o.testCodes << code;
        o.analysisCodes << w.analysisCode;
    }
    return out;
}

} // namespace

AnalyzerOrders::AnalyzerOrders(storage::Database &db, domain::AuditActor actor)
    : m_db(db), m_actor(std::move(actor))
{
}

domain::Result<std::optional<TubeOrder>> AnalyzerOrders::forBarcode(const ProfileMapper &mapper,
                                                                    const QString &barcode)
{
    auto found = lookup(mapper, barcode);
    if (!found)
        return std::unexpected(found.error());
    return found->order;
}

domain::Result<TubeOrderLookup> AnalyzerOrders::lookup(const ProfileMapper &mapper, const QString &barcode)
{
    const QString wanted = barcode.trimmed();
    return m_db.write([&](storage::WriteTx &tx) -> domain::Result<TubeOrderLookup> {
        std::optional<TubeOrder> answer;
        QString why;
        auto tube = wanted.isEmpty() ? domain::Result<std::optional<domain::Specimen>>(std::nullopt)
                                     : storage::SpecimenRepository::byBarcode(tx, wanted);
        if (!tube)
            return std::unexpected(tube.error());
        if (!*tube) {
            why = QStringLiteral("unknown_specimen");
        } else if ((*tube)->status != domain::Specimen::Status::Received) {
            why = (*tube)->status == domain::Specimen::Status::Rejected ? QStringLiteral("specimen_rejected")
                                                                        : QStringLiteral("specimen_not_received");
        } else {
            storage::WorklistFilter f = awaitingValue();
            f.barcode = wanted;
            auto items = storage::WorklistRepository::load(tx, f, m_actor);
            if (!items)
                return std::unexpected(items.error());
            const auto orders = ordersOf(*items, mapper, (*tube)->typeCode);
            if (orders.isEmpty())
                why = QStringLiteral("no_work");
            else
                answer = orders.first().second;
        }
        QJsonObject after{{QStringLiteral("profile"), mapper.profile().name},
                          {QStringLiteral("barcode"), wanted},
                          {QStringLiteral("answer"), answer ? QStringLiteral("order") : QStringLiteral("no_order")}};
        if (answer)
            after.insert(QStringLiteral("tests"), QJsonArray::fromStringList(answer->testCodes));
        else
            after.insert(QStringLiteral("why"), why);
        auto a = storage::AuditRepository::append(tx, m_actor, QStringLiteral("analyzer.host_query"),
                                                  QStringLiteral("specimen"), wanted, {},
                                                  QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact)));
        if (!a)
            return std::unexpected(a.error());
        return TubeOrderLookup{answer, answer ? QString() : why};
    });
}

domain::Result<QList<TubeOrder>> AnalyzerOrders::pendingWorklist(const ProfileMapper &mapper, int limit)
{
    return m_db.write([&](storage::WriteTx &tx) -> domain::Result<QList<TubeOrder>> {
        storage::WorklistFilter f = awaitingValue();
        f.limit = 100000;
        auto items = storage::WorklistRepository::load(tx, f, m_actor);
        if (!items)
            return std::unexpected(items.error());
        auto orders = ordersOf(*items, mapper, {});
        // The worklist sorts by priority first; an instrument's download goes by reception time.
        std::stable_sort(orders.begin(), orders.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        QList<TubeOrder> out;
        for (auto &[at, order] : orders) {
            if (out.size() >= std::max(limit, 0))
                break;
            auto tube = storage::SpecimenRepository::byBarcode(tx, order.barcode);
            if (!tube)
                return std::unexpected(tube.error());
            if (*tube)
                order.specimenType = (*tube)->typeCode;
            out << order;
        }
        return out;
    });
}

} // namespace sgl::workflow::analyzers
