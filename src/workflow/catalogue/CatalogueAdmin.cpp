#include "workflow/catalogue/CatalogueAdmin.h"

#include "domain/ErrorCodes.h"
#include "interop/catalogue/ErrorCodes.h"
#include "workflow/auth/PermissionGuard.h"
#include "workflow/catalogue/PreviewCatalogueImport.h"
#include "workflow/ErrorCodes.h"
#include "workflow/Tr.h"


namespace sgl::workflow {

using namespace sgl::domain;

namespace {

QString fold(const QString &s)
{
    // Accent-insensitive: decompose and drop combining marks.
    QString d = s.normalized(QString::NormalizationForm_D).toCaseFolded();
    d.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    return d;
}

Status requireReason(const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return fail(errc::CatalogueReasonRequired, Tr::tr("Le motif de la modification est obligatoire."),
                    QStringLiteral("motif"));
    return {};
}

Error unknownAnalysis(const QString &code)
{
    return Error{domain::errc::CatalogueUnknownReference, Tr::tr("Analyse « %1 » inconnue.").arg(code),
                 QStringLiteral("analyse %1").arg(code)};
}

Error unknownExam(const QString &code)
{
    return Error{domain::errc::CatalogueUnknownReference, Tr::tr("Examen « %1 » inconnu.").arg(code),
                 QStringLiteral("examen %1").arg(code)};
}

Error unknownRule(const QString &code)
{
    return Error{domain::errc::CatalogueUnknownReference, Tr::tr("Règle réflexe « %1 » inconnue.").arg(code),
                 QStringLiteral("règle réflexe %1").arg(code)};
}

} // namespace

Result<Catalogue> CatalogueAdmin::load()
{
    return m_db.read([](storage::ReadTx &tx) { return storage::CatalogueRepository::loadCurrent(tx); });
}

CatalogueValidator::Report CatalogueAdmin::check(const Catalogue &current, const Analysis &edited) const
{
    Catalogue c = current;
    bool found = false;
    for (Analysis &a : c.analyses)
        if (a.localCode == edited.localCode) {
            a = edited;
            found = true;
        }
    if (!found)
        c.analyses << edited;
    CatalogueValidator::Report rep = m_validator.validateAnalysis(edited);
    const auto structure = CatalogueValidator::validateStructure(c);
    rep.errors << structure.errors;
    return rep;
}

Result<CatalogueEditOutcome> CatalogueAdmin::commit(const UserSession &session, const QString &reason, const Edit &edit)
{
    return commit(
        session, reason, [&edit](storage::WriteTx &, Catalogue &c, QList<Error> &warnings) { return edit(c, warnings); },
        {});
}

QList<Error> CatalogueAdmin::validateAll(const Catalogue &catalogue, QList<Error> &warnings) const
{
    // Warnings of the whole catalogue (every LOINC outside the subset...) would drown the edit's
    // own; the editors show them per item, so only the refusals are reported here.
    Q_UNUSED(warnings)
    return m_validator.validate(catalogue).errors;
}

Result<CatalogueEditOutcome> CatalogueAdmin::commit(const UserSession &session, const QString &reason,
                                                    const TxEdit &edit, const ExtraWrite &extra)
{
    if (auto ok = requirePermission(session, Permission::CatalogueEdit); !ok)
        return std::unexpected(ok.error());
    // Every catalogue version says why it exists (history screen, accreditation audits).
    if (auto ok = requireReason(reason); !ok)
        return std::unexpected(ok.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return m_db.write([&](storage::WriteTx &tx) -> Result<CatalogueEditOutcome> {
        CatalogueEditOutcome out;
        auto current = storage::CatalogueRepository::loadCurrent(tx);
        if (!current)
            return std::unexpected(current.error());
        Catalogue c = *current;
        out.errors = edit(tx, c, out.warnings);
        if (!out.errors.isEmpty())
            return out;
        CatalogueVersion v{0, now, session.login, reason.trimmed(), QStringLiteral("edit")};
        auto id = storage::CatalogueRepository::createVersion(tx, v);
        if (!id)
            return std::unexpected(id.error());
        auto saved = storage::CatalogueRepository::saveCatalogue(tx, c, *id, now);
        if (!saved)
            return std::unexpected(saved.error());
        int extraRows = 0;
        if (extra) {
            auto rows = extra(tx, *id);
            if (!rows)
                return std::unexpected(rows.error());
            extraRows = *rows;
        }
        // Returning an error rolls the empty version back.
        if (saved->total() + extraRows == 0)
            return fail(errc::CatalogueNoChange,
                        Tr::tr("Aucune modification à enregistrer."));
        out.saved = true;
        out.versionId = *id;
        return out;
    });
}

Result<CatalogueEditOutcome> CatalogueAdmin::saveAnalysis(const UserSession &session, const Analysis &analysis,
                                                          const QString &examCode, const QString &reason)
{
    return commit(session, reason, [&](Catalogue &c, QList<Error> &warnings) {
        bool found = false;
        for (Analysis &a : c.analyses)
            if (a.localCode == analysis.localCode) {
                a = analysis;
                found = true;
            }
        if (!found) {
            c.analyses << analysis;
            if (!examCode.isEmpty()) {
                for (Exam &e : c.exams)
                    if (e.code == examCode)
                        e.analysisCodes << analysis.localCode;
            }
        }
        QList<Error> errors;
        if (!found && !examCode.isEmpty() && !c.exam(examCode))
            errors << Error{domain::errc::CatalogueUnknownReference,
                            Tr::tr("Examen « %1 » inconnu.").arg(examCode),
                            QStringLiteral("examen")};
        auto rep = m_validator.validateAnalysis(analysis);
        errors << rep.errors << CatalogueValidator::validateStructure(c).errors;
        warnings << rep.warnings;
        return errors;
    });
}

Result<CatalogueEditOutcome> CatalogueAdmin::saveChapter(const UserSession &session, const Chapter &chapter,
                                                         const QString &reason)
{
    return commit(session, reason, [&](Catalogue &c, QList<Error> &warnings) {
        bool found = false;
        for (Chapter &ch : c.chapters)
            if (ch.code == chapter.code) {
                ch = chapter;
                found = true;
            }
        if (!found) {
            Chapter added = chapter;
            if (added.order == 0)
                added.order = int(c.chapters.size()) + 1;
            c.chapters << added;
        }
        auto rep = CatalogueValidator::validateStructure(c);
        warnings << rep.warnings;
        return rep.errors;
    });
}

Result<CatalogueEditOutcome> CatalogueAdmin::saveExam(const UserSession &session, const Exam &exam, const QString &reason)
{
    return commit(session, reason, [&](Catalogue &c, QList<Error> &warnings) {
        bool found = false;
        for (Exam &e : c.exams)
            if (e.code == exam.code) {
                e = exam;
                found = true;
            }
        if (!found)
            c.exams << exam;
        auto rep = CatalogueValidator::validateStructure(c);
        warnings << rep.warnings;
        return rep.errors;
    });
}

Result<CatalogueEditOutcome> CatalogueAdmin::saveBench(const UserSession &session, const Bench &bench,
                                                       const QString &reason)
{
    const Bench edited{bench.code.trimmed(), bench.label.trimmed()};
    return commit(session, reason.trimmed(), [&](Catalogue &c, QList<Error> &warnings) {
        QList<Error> errors;
        bool found = false;
        for (Bench &b : c.benches) {
            if (b.code == edited.code) {
                b = edited;
                found = true;
            } else if (!edited.code.isEmpty() && b.code.compare(edited.code, Qt::CaseInsensitive) == 0) {
                errors << Error{domain::errc::CatalogueDuplicateCode,
                                Tr::tr("Le code « %1 » ne diffère de la paillasse existante « %2 » que par la casse.")
                                    .arg(edited.code, b.code),
                                QStringLiteral("paillasse %1").arg(edited.code)};
            }
        }
        if (!found)
            c.benches << edited;
        auto rep = CatalogueValidator::validateStructure(c);
        warnings << rep.warnings;
        errors << rep.errors;
        return errors;
    });
}

Result<CatalogueEditOutcome> CatalogueAdmin::saveRanges(const UserSession &session, const QString &localCode,
                                                        const QList<ReferenceRange> &ranges, const QString &reason)
{
    return commit(session, reason.trimmed(), [&](Catalogue &c, QList<Error> &warnings) {
        QList<Error> errors;
        Analysis *target = nullptr;
        for (Analysis &a : c.analyses)
            if (a.localCode == localCode)
                target = &a;
        if (!target) {
            errors << Error{domain::errc::CatalogueUnknownReference,
                            Tr::tr("Analyse « %1 » inconnue.").arg(localCode),
                            QStringLiteral("analyse")};
            return errors;
        }
        target->ranges = ranges;
        auto rep = m_validator.validateAnalysis(*target);
        errors << rep.errors << CatalogueValidator::validateStructure(c).errors;
        warnings << rep.warnings;
        return errors;
    });
}

Result<CatalogueEditOutcome> CatalogueAdmin::saveReflexRule(const UserSession &session, const ReflexRule &rule,
                                                            const QString &reason)
{
    ReflexRule edited = rule;
    edited.code = rule.code.trimmed();
    return commit(session, reason.trimmed(), [&](Catalogue &c, QList<Error> &warnings) {
        QList<Error> errors;
        bool found = false;
        for (ReflexRule &r : c.reflexRules) {
            if (r.code == edited.code) {
                r = edited;
                found = true;
            } else if (!edited.code.isEmpty() && r.code.compare(edited.code, Qt::CaseInsensitive) == 0) {
                // Codes are case-sensitive keys, but two rules told apart only by case are a typo.
                errors << Error{domain::errc::CatalogueDuplicateCode,
                                Tr::tr("Le code « %1 » ne diffère de la règle existante « %2 » que par la casse.")
                                    .arg(edited.code, r.code),
                                QStringLiteral("règle réflexe %1").arg(edited.code)};
            }
        }
        if (!found)
            c.reflexRules << edited;
        errors << validateAll(c, warnings);
        return errors;
    });
}

Result<CatalogueEditOutcome> CatalogueAdmin::removeReflexRule(const UserSession &session, const QString &code,
                                                              const QString &reason)
{
    return commit(
        session, reason.trimmed(),
        [&](storage::WriteTx &, Catalogue &c, QList<Error> &warnings) {
            const qsizetype removed =
                c.reflexRules.removeIf([&code](const ReflexRule &r) { return r.code == code; });
            if (removed == 0)
                return QList<Error>{unknownRule(code)};
            return validateAll(c, warnings);
        },
        [&code](storage::WriteTx &tx, qint64 versionId) -> Result<int> {
            auto deleted = storage::CatalogueRepository::deleteReflexRule(tx, code, versionId);
            if (!deleted)
                return std::unexpected(deleted.error());
            return *deleted ? 1 : 0;
        });
}

Result<CatalogueEditOutcome> CatalogueAdmin::setRetired(const UserSession &session, bool analysis, const QString &code,
                                                        bool retired, const QString &reason)
{
    return commit(session, reason.trimmed(), [&](Catalogue &c, QList<Error> &warnings) {
        bool found = false;
        if (analysis) {
            for (Analysis &a : c.analyses)
                if (a.localCode == code) {
                    a.retired = retired;
                    found = true;
                }
        } else {
            for (Exam &e : c.exams)
                if (e.code == code) {
                    e.retired = retired;
                    found = true;
                }
        }
        if (!found)
            return QList<Error>{analysis ? unknownAnalysis(code) : unknownExam(code)};
        // Every active exam, formula and reflex rule still using it is one
        // "catalogue.retired_reference" error of the validator: the refusal lists them all.
        return validateAll(c, warnings);
    });
}

Result<CatalogueEditOutcome> CatalogueAdmin::setAnalysisRetired(const UserSession &session, const QString &localCode,
                                                                bool retired, const QString &reason)
{
    return setRetired(session, true, localCode, retired, reason);
}

Result<CatalogueEditOutcome> CatalogueAdmin::setExamRetired(const UserSession &session, const QString &code,
                                                            bool retired, const QString &reason)
{
    return setRetired(session, false, code, retired, reason);
}

Result<CatalogueEditOutcome> CatalogueAdmin::deleteAnalysis(const UserSession &session, const QString &localCode,
                                                            const QString &reason)
{
    return commit(
        session, reason.trimmed(),
        [&](storage::WriteTx &tx, Catalogue &c, QList<Error> &warnings) {
            QList<Error> errors;
            if (!c.analysis(localCode))
                return QList<Error>{unknownAnalysis(localCode)};
            // Results keep the catalogue version they were produced with, so an analysis that
            // has results must stay resolvable: it can only be retired.
            auto used = storage::CatalogueRepository::analysisUsedByResults(tx, localCode);
            if (!used)
                return QList<Error>{used.error()};
            if (*used)
                errors << Error{errc::CatalogueAnalysisInUse,
                                Tr::tr("L'analyse « %1 » a des résultats enregistrés : elle ne peut pas être supprimée. "
                                   "Retirez-la du catalogue à la place.")
                                    .arg(localCode),
                                QStringLiteral("analyse %1").arg(localCode)};
            // Whatever still names it (exam, formula, reflex rule) becomes an unknown reference.
            c.analyses.removeIf([&localCode](const Analysis &a) { return a.localCode == localCode; });
            errors << validateAll(c, warnings);
            return errors;
        },
        [&localCode](storage::WriteTx &tx, qint64 versionId) -> Result<int> {
            auto deleted = storage::CatalogueRepository::deleteAnalysis(tx, localCode, versionId);
            if (!deleted)
                return std::unexpected(deleted.error());
            return *deleted ? 1 : 0;
        });
}

Result<interop::catalogue::CatalogueDiff> CatalogueAdmin::previewImport(const UserSession &session,
                                                                      const CatalogueImportRequest &request)
{
    return PreviewCatalogueImport(m_db, m_validator).run(session, request);
}

Result<CatalogueImportOutcome> CatalogueAdmin::applyImport(const UserSession &session,
                                                           const CatalogueImportRequest &request,
                                                           const std::function<void(int, int)> &progress)
{
    return ApplyCatalogueImport(m_db, m_validator).run(session, request, progress);
}

Result<QByteArray> CatalogueAdmin::exportCatalogue(ExportCatalogue::Format format)
{
    return ExportCatalogue(m_db, m_validator.loinc()).run(format);
}

QList<CatalogueSearchHit> CatalogueAdmin::search(const Catalogue &c, const QString &text)
{
    QList<CatalogueSearchHit> hits;
    const QString needle = fold(text.trimmed());
    if (needle.isEmpty())
        return hits;
    auto matches = [&](const QString &hay) { return fold(hay).contains(needle); };
    for (const Chapter &ch : c.chapters)
        if (matches(ch.code) || matches(ch.label) || ch.loinc == text.trimmed())
            hits << CatalogueSearchHit{CatalogueSearchHit::Kind::Chapter, ch.code, ch.label, ch.loinc,
                                       matches(ch.code) ? QStringLiteral("code") : matches(ch.label) ? QStringLiteral("label") : QStringLiteral("loinc")};
    for (const Exam &e : c.exams)
        if (matches(e.code) || matches(e.label) || e.loinc == text.trimmed())
            hits << CatalogueSearchHit{CatalogueSearchHit::Kind::Exam, e.code, e.label, e.loinc,
                                       matches(e.code) ? QStringLiteral("code") : matches(e.label) ? QStringLiteral("label") : QStringLiteral("loinc")};
    for (const Analysis &a : c.analyses) {
        QString on;
        if (matches(a.localCode))
            on = QStringLiteral("code");
        else if (matches(a.label))
            on = QStringLiteral("label");
        else if (a.loinc.startsWith(text.trimmed()))
            on = QStringLiteral("loinc");
        else
            for (const AnalyzerMapping &m : a.analyzerMappings)
                if (fold(m.code) == needle)
                    on = QStringLiteral("analyzer");
        if (!on.isEmpty())
            hits << CatalogueSearchHit{CatalogueSearchHit::Kind::Analysis, a.localCode, a.label, a.loinc, on};
    }
    return hits;
}

Result<QList<domain::CatalogueChange>> CatalogueAdmin::history(const QString &itemKind, const QString &itemCode,
                                                               int limit)
{
    static const QStringList kinds{QStringLiteral("chapter"), QStringLiteral("exam"), QStringLiteral("analysis"),
                                   QStringLiteral("reflex"), QStringLiteral("bench")};
    if (!itemKind.isEmpty() && !kinds.contains(itemKind))
        return fail(errc::CatalogueBadKind,
                    Tr::tr("Type d'élément « %1 » inconnu (chapter, exam, analysis, reflex ou bench attendu).").arg(itemKind),
                    QStringLiteral("historique"));
    return m_db.read(
        [&](storage::ReadTx &tx) { return storage::CatalogueRepository::history(tx, itemKind, itemCode, limit); });
}

Result<QList<Analysis>> CatalogueAdmin::versions(const QString &localCode)
{
    return m_db.read([&](storage::ReadTx &tx) { return storage::CatalogueRepository::analysisVersions(tx, localCode); });
}

} // namespace sgl::workflow
