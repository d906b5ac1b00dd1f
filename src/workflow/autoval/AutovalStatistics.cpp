#include "workflow/autoval/AutovalStatistics.h"

#include "storage/AuditRepository.h"
#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"
#include "workflow/auth/PermissionGuard.h"
#include "workflow/autoval/RuleSetAdmin.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMap>
#include <QSet>
#include <QStringList>

namespace sgl::workflow::autoval {

using namespace sgl::domain;
namespace av = sgl::domain::autoval;

namespace {

QString percentFr(double v)
{
    return QString::number(v, 'f', 1).replace(QLatin1Char('.'), QLatin1Char(','));
}

QString field(const QString &text)
{
    if (!text.contains(QLatin1Char(';')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString t = text;
    t.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + t + QLatin1Char('"');
}

QString line(const QStringList &fields)
{
    QStringList out;
    for (const QString &f : fields)
        out << field(f);
    return out.join(QLatin1Char(';')) + QStringLiteral("\r\n");
}

void add(AutovalRate &rate, bool released)
{
    ++rate.total;
    if (released)
        ++rate.released;
}

} // namespace

AutovalStatistics::AutovalStatistics(storage::Database &db, UserSession session) : m_db(db), m_session(std::move(session)) {}

AutovalStats AutovalStatistics::aggregate(const QList<storage::AutovalEvaluationRow> &evaluations, const QHash<QString, QString> &labels,
                                          const QDate &from, const QDate &to)
{
    AutovalStats s;
    s.from = from;
    s.to = to;
    QMap<QDate, AutovalDayStats> days;
    QMap<QString, AutovalBenchStats> benches;
    QMap<QString, AutovalRuleStats> rules;
    auto rule = [&](const QString &id) -> AutovalRuleStats & {
        auto it = rules.find(id);
        if (it == rules.end())
            it = rules.insert(id, AutovalRuleStats{id, labels.value(id), {}, 0, 0, 0});
        return *it;
    };
    for (const storage::AutovalEvaluationRow &e : evaluations) {
        const QDate day = e.evaluatedAt.toLocalTime().date();
        AutovalDayStats &d = days[day];
        d.day = day;
        add(s.dossiers, e.released);
        add(d.dossiers, e.released);
        if (e.applied) {
            ++s.applied;
            ++d.applied;
        }
        QSet<QString> benchesOfDossier;
        for (const storage::AutovalResultVerdictRow &r : e.results) {
            add(s.analyses, r.released);
            add(d.analyses, r.released);
            AutovalBenchStats &b = benches[r.benchCode];
            b.bench = r.benchCode;
            add(b.analyses, r.released);
            benchesOfDossier.insert(r.benchCode);
            for (const QString &id : r.appliedRules)
                add(rule(id).analyses, !r.holdRules.contains(id));
            if (e.mode == QStringLiteral("shadow")) {
                const bool validated = r.humanDecision == QStringLiteral("validated");
                const bool held = r.humanDecision == QStringLiteral("held");
                if (!validated && !held)
                    ++s.shadow.undecided;
                else if (r.released)
                    ++(validated ? s.shadow.releasedValidated : s.shadow.releasedHeld);
                else
                    ++(validated ? s.shadow.heldValidated : s.shadow.heldHeld);
                if (validated || held)
                    for (const QString &id : r.holdRules)
                        ++(validated ? rule(id).heldThenValidated : rule(id).heldThenHeld);
            }
        }
        for (const QString &b : benchesOfDossier)
            add(benches[b].dossiers, e.released);
        for (const storage::AutovalHoldRow &h : e.holds) {
            AutovalRuleStats &r = rule(h.ruleId);
            ++r.holds;
            if (r.label.isEmpty())
                r.label = h.ruleLabel;
        }
    }
    s.days = days.values();
    s.benches = benches.values();
    s.rules = rules.values();
    return s;
}

Result<AutovalStats> AutovalStatistics::compute(const QDate &from, const QDate &to)
{
    if (!rolesGrant(m_session.roles, Permission::SystemConfig))
        if (auto ok = requirePermission(m_session, Permission::ResultValidate); !ok)
            return std::unexpected(ok.error());
    if (!from.isValid() || !to.isValid() || to < from)
        return fail(errc::AutovalBadPeriod, Tr::tr("Période invalide : la date de fin doit suivre la date de début."),
                    QStringLiteral("période"));
    return m_db.write([&](storage::WriteTx &tx) -> Result<AutovalStats> {
        const QJsonObject what{{QStringLiteral("from"), from.toString(Qt::ISODate)}, {QStringLiteral("to"), to.toString(Qt::ISODate)}};
        auto a = storage::AuditRepository::append(tx, AuditActor::fromSession(m_session), QStringLiteral("autoval.stats"),
                                                  QStringLiteral("autoval"), QStringLiteral("statistics"), {},
                                                  QString::fromUtf8(QJsonDocument(what).toJson(QJsonDocument::Compact)));
        if (!a)
            return std::unexpected(a.error());
        const QDateTime start = from.startOfDay().toUTC();
        const QDateTime end = to.addDays(1).startOfDay().toUTC();
        auto rows = storage::AutovalEvaluationRepository::between(tx, start, end);
        if (!rows)
            return std::unexpected(rows.error());
        QHash<QString, QString> labels;
        auto current = RuleSetAdmin::currentIn(tx);
        if (current && *current)
            for (const av::Rule &r : (*current)->ruleSet.rules)
                labels.insert(r.id, r.label);
        return aggregate(*rows, labels, from, to);
    });
}

QByteArray AutovalStatistics::toCsv(const AutovalStats &s)
{
    const QString fmt = QStringLiteral("dd/MM/yyyy");
    QString out;
    out += line({Tr::tr("Statistiques d'auto-validation du %1 au %2").arg(s.from.toString(fmt), s.to.toString(fmt))});
    out += QStringLiteral("\r\n");
    const QStringList rateHeader{Tr::tr("Dossiers évalués"), Tr::tr("Dossiers auto-validés"), Tr::tr("Part des dossiers (%)"),
                                 Tr::tr("Analyses évaluées"), Tr::tr("Analyses auto-validées"), Tr::tr("Part des analyses (%)")};
    auto rates = [](const AutovalRate &d, const AutovalRate &a) {
        return QStringList{QString::number(d.total), QString::number(d.released), percentFr(d.percent()),
                           QString::number(a.total), QString::number(a.released), percentFr(a.percent())};
    };
    out += line(QStringList{Tr::tr("Période")} + rateHeader + QStringList{Tr::tr("Dossiers validés par le moteur")});
    out += line(QStringList{Tr::tr("Total")} + rates(s.dossiers, s.analyses) + QStringList{QString::number(s.applied)});
    out += QStringLiteral("\r\n");
    out += line(QStringList{Tr::tr("Jour")} + rateHeader + QStringList{Tr::tr("Dossiers validés par le moteur")});
    for (const AutovalDayStats &d : s.days)
        out += line(QStringList{d.day.toString(fmt)} + rates(d.dossiers, d.analyses) + QStringList{QString::number(d.applied)});
    out += QStringLiteral("\r\n");
    out += line(QStringList{Tr::tr("Paillasse")} + rateHeader);
    for (const AutovalBenchStats &b : s.benches)
        out += line(QStringList{b.bench.isEmpty() ? Tr::tr("sans paillasse") : b.bench} + rates(b.dossiers, b.analyses));
    out += QStringLiteral("\r\n");
    out += line({Tr::tr("Règle"), Tr::tr("Libellé"), Tr::tr("Analyses examinées"), Tr::tr("Analyses non retenues"),
                 Tr::tr("Part non retenue (%)"), Tr::tr("Rétentions"), Tr::tr("Retenues puis validées (observation)"),
                 Tr::tr("Retenues puis retenues (observation)")});
    for (const AutovalRuleStats &r : s.rules)
        out += line({r.ruleId, r.label, QString::number(r.analyses.total), QString::number(r.analyses.released),
                     percentFr(r.analyses.percent()), QString::number(r.holds), QString::number(r.heldThenValidated),
                     QString::number(r.heldThenHeld)});
    out += QStringLiteral("\r\n");
    const AutovalConcordance &c = s.shadow;
    out += line({Tr::tr("Concordance (mode observation)"), Tr::tr("Nombre")});
    out += line({Tr::tr("Libéré par le moteur, validé par le biologiste"), QString::number(c.releasedValidated)});
    out += line({Tr::tr("Libéré par le moteur, retenu par le biologiste"), QString::number(c.releasedHeld)});
    out += line({Tr::tr("Retenu par le moteur, validé par le biologiste"), QString::number(c.heldValidated)});
    out += line({Tr::tr("Retenu par le moteur, retenu par le biologiste"), QString::number(c.heldHeld)});
    out += line({Tr::tr("Sans décision"), QString::number(c.undecided)});
    out += line({Tr::tr("Concordance (%)"), percentFr(c.percent())});
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace sgl::workflow::autoval
