#include "workflow/catalogue/CatalogueAdmin.h"

#include "workflow/auth/PermissionGuard.h"
#include "workflow/catalogue/PreviewCatalogueImport.h"

#include <QCoreApplication>

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
    if (auto ok = requirePermission(session, Permission::CatalogueEdit); !ok)
        return std::unexpected(ok.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return m_db.write([&](storage::WriteTx &tx) -> Result<CatalogueEditOutcome> {
        CatalogueEditOutcome out;
        auto current = storage::CatalogueRepository::loadCurrent(tx);
        if (!current)
            return std::unexpected(current.error());
        Catalogue c = *current;
        out.errors = edit(c, out.warnings);
        if (!out.errors.isEmpty())
            return out;
        CatalogueVersion v{0, now, session.login,
                           reason.isEmpty() ? QCoreApplication::translate("CatalogueAdmin", "Édition du catalogue") : reason,
                           QStringLiteral("edit")};
        auto id = storage::CatalogueRepository::createVersion(tx, v);
        if (!id)
            return std::unexpected(id.error());
        auto saved = storage::CatalogueRepository::saveCatalogue(tx, c, *id, now);
        if (!saved)
            return std::unexpected(saved.error());
        if (saved->total() == 0)
            return fail(QStringLiteral("catalogue.no_change"),
                        QCoreApplication::translate("CatalogueAdmin", "Aucune modification à enregistrer."));
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
            errors << Error{QStringLiteral("catalogue.unknown_reference"),
                            QCoreApplication::translate("CatalogueAdmin", "Examen « %1 » inconnu.").arg(examCode),
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

Result<CatalogueEditOutcome> CatalogueAdmin::saveRanges(const UserSession &session, const QString &localCode,
                                                        const QList<ReferenceRange> &ranges, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return fail(QStringLiteral("catalogue.reason_required"),
                    QCoreApplication::translate("CatalogueAdmin", "Le motif de la modification est obligatoire."),
                    QStringLiteral("motif"));
    return commit(session, reason.trimmed(), [&](Catalogue &c, QList<Error> &warnings) {
        QList<Error> errors;
        Analysis *target = nullptr;
        for (Analysis &a : c.analyses)
            if (a.localCode == localCode)
                target = &a;
        if (!target) {
            errors << Error{QStringLiteral("catalogue.unknown_reference"),
                            QCoreApplication::translate("CatalogueAdmin", "Analyse « %1 » inconnue.").arg(localCode),
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
    Q_UNUSED(itemKind) // filtered by storage once the repository takes the kind
    return m_db.read([&](storage::ReadTx &tx) { return storage::CatalogueRepository::history(tx, itemCode, limit); });
}

Result<QList<Analysis>> CatalogueAdmin::versions(const QString &localCode)
{
    return m_db.read([&](storage::ReadTx &tx) { return storage::CatalogueRepository::analysisVersions(tx, localCode); });
}

} // namespace sgl::workflow
