#pragma once

#include "domain/catalogue/Catalogue.h"
#include "domain/catalogue/CatalogueValidator.h"
#include "domain/Error.h"
#include "domain/security/UserSession.h"
#include "storage/CatalogueRepository.h"
#include "storage/Database.h"
#include "workflow/catalogue/ApplyCatalogueImport.h"
#include "workflow/catalogue/CatalogueImportRequest.h"
#include "workflow/catalogue/ExportCatalogue.h"

#include <QList>
#include <QString>

#include <functional>

namespace sgl::workflow {

/** Result of an admin edit: saved (new catalogue version) or refused with every problem. */
struct CatalogueEditOutcome {
    bool saved = false;
    qint64 versionId = 0;
    QList<domain::Error> errors;
    QList<domain::Error> warnings;   ///< e.g. loinc.unverified: saved anyway
};

/** One search hit for the admin screen's search box. */
struct CatalogueSearchHit {
    enum class Kind { Chapter, Exam, Analysis };
    Kind kind = Kind::Analysis;
    QString code;
    QString label;
    QString loinc;
    QString matchedOn;   ///< "code", "label", "loinc", "analyzer"
};

/**
 * The catalogue admin use cases behind the admin screens (tree, editors, search, history).
 *
 * Every save: checks Permission::CatalogueEdit, requires a non-empty reason (recorded with the
 * catalogue version; "catalogue.reason_required" otherwise), re-reads the catalogue inside the write
 * transaction, applies the edit, validates it with the same rules as imports (LOINC check
 * digit, UCUM grammar and ANS unit list, ranges non-overlapping per sex and age, formulas and
 * references), and writes a new dated catalogue version — or nothing, returning every problem.
 * check() runs the same validation without writing, for live feedback in the editors.
 */
class CatalogueAdmin
{
public:
    CatalogueAdmin(storage::Database &db, domain::CatalogueValidator validator)
        : m_db(db), m_validator(std::move(validator)) {}

    /** The current catalogue, retired exams/analyses and inactive reflex rules included. */
    [[nodiscard]] domain::Result<domain::Catalogue> load();
    [[nodiscard]] domain::CatalogueValidator::Report check(const domain::Catalogue &current,
                                                           const domain::Analysis &edited) const;

    /** Creates or updates an analysis; a new one is appended to exam `examCode` when given. */
    [[nodiscard]] domain::Result<CatalogueEditOutcome> saveAnalysis(const domain::UserSession &session,
                                                                    const domain::Analysis &analysis,
                                                                    const QString &examCode, const QString &reason);
    [[nodiscard]] domain::Result<CatalogueEditOutcome> saveChapter(const domain::UserSession &session,
                                                                   const domain::Chapter &chapter, const QString &reason);
    [[nodiscard]] domain::Result<CatalogueEditOutcome> saveExam(const domain::UserSession &session,
                                                                const domain::Exam &exam, const QString &reason);
    /**
     * Creates bench `bench.code` or renames it (its label; the code of a bench never changes,
     * analyses name it). Code and label are trimmed; an empty one, or a code that differs from
     * an existing bench's only by case, is refused ("catalogue.missing_field",
     * "catalogue.duplicate_code"). Logged as item kind "bench"; nothing is written on any error.
     */
    [[nodiscard]] domain::Result<CatalogueEditOutcome> saveBench(const domain::UserSession &session,
                                                                 const domain::Bench &bench, const QString &reason);
    /**
     * Replaces the reference ranges of analysis `localCode` (the ranges editor). Same rules as
     * saveAnalysis (ranges non-overlapping per sex and age, limits ordered, ...); an unknown
     * analysis or an empty reason is refused. Nothing is written on any error.
     */
    [[nodiscard]] domain::Result<CatalogueEditOutcome> saveRanges(const domain::UserSession &session,
                                                                  const QString &localCode,
                                                                  const QList<domain::ReferenceRange> &ranges,
                                                                  const QString &reason);

    /**
     * Creates or updates reflex rule `rule.code` (validated with the whole catalogue: trigger
     * and target known and active, condition fitting the trigger's result type, threshold or
     * coded values present). Logged as item kind "reflex".
     */
    [[nodiscard]] domain::Result<CatalogueEditOutcome> saveReflexRule(const domain::UserSession &session,
                                                                      const domain::ReflexRule &rule,
                                                                      const QString &reason);
    /** Deletes reflex rule `code` (rules are never referenced by results); logged "deleted". */
    [[nodiscard]] domain::Result<CatalogueEditOutcome> removeReflexRule(const domain::UserSession &session,
                                                                        const QString &code, const QString &reason);
    /**
     * Retires (retired = true) or reactivates an analysis: a new version with field "retired".
     * Retiring is refused (outcome.errors, "catalogue.retired_reference") while an active exam,
     * calculated analysis or reflex rule still references it; every reference is listed.
     */
    [[nodiscard]] domain::Result<CatalogueEditOutcome> setAnalysisRetired(const domain::UserSession &session,
                                                                          const QString &localCode, bool retired,
                                                                          const QString &reason);
    /** Same for an exam (refused while an active reflex rule adds it). */
    [[nodiscard]] domain::Result<CatalogueEditOutcome> setExamRetired(const domain::UserSession &session,
                                                                      const QString &code, bool retired,
                                                                      const QString &reason);
    /**
     * Deletes an analysis created by mistake, every version of it: only when no result has ever
     * used it and nothing references it; otherwise refused with "catalogue.analysis_in_use"
     * (retire it instead). Logged "deleted" in the history.
     */
    [[nodiscard]] domain::Result<CatalogueEditOutcome> deleteAnalysis(const domain::UserSession &session,
                                                                      const QString &localCode, const QString &reason);

    /** Import dry run (PreviewCatalogueImport with this admin's database and validator). */
    [[nodiscard]] domain::Result<interop::catalogue::CatalogueDiff>
    previewImport(const domain::UserSession &session, const CatalogueImportRequest &request);
    /** Atomic import (ApplyCatalogueImport); `progress` as documented there. */
    [[nodiscard]] domain::Result<CatalogueImportOutcome>
    applyImport(const domain::UserSession &session, const CatalogueImportRequest &request,
                const std::function<void(int, int)> &progress = {});
    /** Export of the current catalogue (ExportCatalogue with the validator's LOINC subset). */
    [[nodiscard]] domain::Result<QByteArray> exportCatalogue(ExportCatalogue::Format format);

    /** Case- and accent-insensitive search over codes, labels, LOINC and analyzer codes. */
    [[nodiscard]] static QList<CatalogueSearchHit> search(const domain::Catalogue &catalogue, const QString &text);
    /**
     * History of one item, newest first. `itemKind` is "chapter", "exam", "analysis", "reflex"
     * or "bench" (an exam and an analysis may share a code); empty = every kind with that code;
     * both empty = the whole catalogue.
     */
    [[nodiscard]] domain::Result<QList<domain::CatalogueChange>> history(const QString &itemKind,
                                                                         const QString &itemCode, int limit = 200);
    [[nodiscard]] domain::Result<QList<domain::Analysis>> versions(const QString &localCode);

private:
    using Edit = std::function<QList<domain::Error>(domain::Catalogue &, QList<domain::Error> &warnings)>;
    /** Writes what saveCatalogue cannot (deletions) in the same version; returns rows changed. */
    using ExtraWrite = std::function<domain::Result<int>(storage::WriteTx &, qint64 versionId)>;
    /** Runs the edit on the catalogue read in `tx`; refused edits get the validator's report. */
    using TxEdit = std::function<QList<domain::Error>(storage::WriteTx &, domain::Catalogue &,
                                                      QList<domain::Error> &warnings)>;
    domain::Result<CatalogueEditOutcome> commit(const domain::UserSession &session, const QString &reason,
                                                const Edit &edit);
    domain::Result<CatalogueEditOutcome> commit(const domain::UserSession &session, const QString &reason,
                                                const TxEdit &edit, const ExtraWrite &extra);
    /** Whole-catalogue validation (every analysis, structure, reflex rules, retired references). */
    QList<domain::Error> validateAll(const domain::Catalogue &catalogue, QList<domain::Error> &warnings) const;
    domain::Result<CatalogueEditOutcome> setRetired(const domain::UserSession &session, bool analysis,
                                                    const QString &code, bool retired, const QString &reason);

    storage::Database &m_db;
    domain::CatalogueValidator m_validator;
};

} // namespace sgl::workflow
