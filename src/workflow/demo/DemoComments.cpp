#include "workflow/demo/DemoComments.h"

#include "storage/CommentRepository.h"
#include "storage/Database.h"
#include "workflow/validation/CommentLibrary.h"
#include "workflow/validation/ValidationComments.h"
#include "workflow/validation/ValidationDossierView.h"

#include <tuple>

using namespace Qt::StringLiterals;

namespace sgl::workflow {

namespace {

struct DemoTemplate {
    const char16_t *code;
    const char16_t *text;
    bool printed;
    const char16_t *chapter;
};

// What French labs write most often under a result or a report; internal ones are notes for
// the laboratory's own follow-up.
constexpr DemoTemplate kTemplates[] = {
    {u"HEMOL", u"Échantillon hémolysé : résultat de potassium à interpréter avec prudence.", true, u"BIOCHIMIE"},
    {u"CTRL", u"À contrôler sur un nouveau prélèvement.", true, u""},
    {u"CONF", u"Résultat contrôlé.", true, u""},
    {u"INRCIBLE", u"INR dans la zone thérapeutique habituelle (2 à 3) d'un traitement par AVK.", true, u"HEMOSTASE"},
    {u"LIPEM", u"Sérum lactescent : dosages susceptibles d'être perturbés.", true, u"BIOCHIMIE"},
    {u"AJEUN", u"Prélèvement non à jeun : glycémie et triglycérides à interpréter en conséquence.", true, u""},
    {u"DELAI", u"Délai d'acheminement dépassé : résultat à interpréter avec prudence.", true, u""},
    {u"FROTTIS", u"Frottis sanguin relu par le biologiste.", true, u"HEMATO"},
    {u"AGREG", u"Présence d'agrégats plaquettaires : numération des plaquettes sous-estimée.", true, u"HEMATO"},
    {u"GROSS", u"Tenir compte d'une grossesse en cours pour l'interprétation.", true, u""},
    {u"APPEL", u"Prescripteur prévenu par téléphone.", false, u""},
    {u"QCREVU", u"Contrôle qualité de la série revu avant validation.", false, u""},
};

} // namespace

domain::Result<int> DemoComments::seedLibrary(storage::Database &db, const domain::UserSession &admin)
{
    auto existing = db.read([](storage::ReadTx &tx) { return storage::CommentRepository::templates(tx); });
    if (!existing)
        return std::unexpected(existing.error());
    validation::CommentLibrary library(db, admin);
    int added = 0;
    for (const DemoTemplate &d : kTemplates) {
        const QString code = QString::fromUtf16(d.code);
        if (std::any_of(existing->cbegin(), existing->cend(), [&](const domain::CommentTemplate &t) { return t.code == code; }))
            continue;
        domain::CommentTemplate t;
        t.code = code;
        t.text = QString::fromUtf16(d.text);
        t.printedByDefault = d.printed;
        t.chapterCode = QString::fromUtf16(d.chapter);
        auto made = library.create(t);
        if (!made)
            return std::unexpected(made.error());
        ++added;
    }
    return added;
}

domain::Status DemoComments::seedOnDossier(storage::Database &db, const domain::UserSession &biologist, qint64 dossierId,
                                           const QString &analysisCode)
{
    auto shown = validation::ValidationDossierView(db).open(biologist, dossierId);
    if (!shown)
        return std::unexpected(shown.error());
    qint64 resultId = 0;
    for (const auto *row : shown->rows())
        if (row->result.analysisCode == analysisCode)
            resultId = row->result.id;
    validation::ValidationComments comments(db, biologist);
    auto printed = comments.add({dossierId, shown->version, resultId, u"CTRL"_s, {}, std::nullopt});
    if (!printed)
        return std::unexpected(printed.error());
    auto internal = comments.add({dossierId, printed->dossierVersion, 0, {},
                                  u"Créatinine en hausse depuis hier : néphrologue de garde informé, attendre le "
                                  "contrôle avant validation."_s,
                                  false});
    if (!internal)
        return std::unexpected(internal.error());
    return {};
}

} // namespace sgl::workflow
