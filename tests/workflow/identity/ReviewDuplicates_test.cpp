// ReviewDuplicates: the read side of the identity-vigilance merge screen (pairs around records,
// preview of one pair with versions, dossier counts, the domain's refusal and a recommended
// survivor), on SQLite and PostgreSQL.
#include "IdentityWorkflowFixture.h"

#include "storage/AuditRepository.h"
#include "storage/DossierRepository.h"
#include "storage/PatientRepository.h"
#include "workflow/identity/MergePatients.h"
#include "workflow/identity/ReviewDuplicates.h"

using namespace sgl;
using namespace sgl::workflow::identity;
using domain::IdentityStatus;
using domain::Sex;
using sgl::testing::Backend;
using sgl::testing::IdentityWorkflowTest;

namespace {

/** The 15-character INS of a 13-character test matricule (key = 97 - n mod 97). */
domain::Ins testIns(const char *matricule)
{
    domain::Ins ins;
    ins.matricule = QString::fromLatin1(matricule);
    const qint64 n = ins.matricule.toLongLong();
    ins.key = QStringLiteral("%1").arg(97 - n % 97, 2, 10, QLatin1Char('0'));
    ins.oid = QStringLiteral("1.2.250.1.213.1.4.10");
    return ins;
}

} // namespace

class ReviewDuplicatesTest : public IdentityWorkflowTest
{
protected:
    void addDossier(qint64 patientId, const char *number)
    {
        auto r = m_db->write([&](storage::WriteTx &tx) -> domain::Status {
            domain::Dossier d;
            d.number = QString::fromLatin1(number);
            d.patientId = patientId;
            d.createdBy = QStringLiteral("secretaire");
            return storage::DossierRepository::insert(tx, d, actor());
        });
        ASSERT_TRUE(r.has_value()) << r.error().toString().toStdString();
    }

    /** Stores an INS on the record as INSi would have (status RECUP, or QUAL when validated). */
    domain::Patient withIns(domain::Patient p, const char *matricule)
    {
        p.ins = testIns(matricule);
        p.status = p.status == IdentityStatus::Vali ? IdentityStatus::Qual : IdentityStatus::Recup;
        auto r = m_db->write([&](storage::WriteTx &tx) { return storage::PatientRepository::update(tx, p, actor()); });
        EXPECT_TRUE(r.has_value()) << (r ? "" : r.error().toString().toStdString());
        return p;
    }

    static domain::UserSession technician()
    {
        return sessionOf({domain::Role::Technician}, 9, QStringLiteral("technicien"));
    }
};

TEST_P(ReviewDuplicatesTest, PairsAroundRecordsAreListedOnceBestFirst)
{
    const auto a = registerOk(request("DUPONT", "JEAN", Sex::Male, QDate(1970, 5, 4), "75056"));
    const auto b = registerOk(request("DUPOND", "JEAN", Sex::Male, QDate(1970, 5, 4)));
    const auto c = registerOk(request("DUPONT", "JEAN", Sex::Male, QDate(1970, 5, 4), "75056"));
    const auto other = registerOk(request("MARTIN", "LUC", Sex::Male, QDate(1990, 1, 1)));
    ReviewDuplicates review(*m_db, session());
    auto pairs = review.pairsAround({a.id, b.id, c.id, other.id});
    ASSERT_TRUE(pairs.has_value()) << pairs.error().toString().toStdString();
    ASSERT_EQ(pairs->size(), 3) << "a-b, a-c, b-c, each once; MARTIN has none";
    // a and c share everything (same birth name and place): best score first.
    EXPECT_EQ(std::min(pairs->first().first.id, pairs->first().second.id), a.id);
    EXPECT_EQ(std::max(pairs->first().first.id, pairs->first().second.id), c.id);
    EXPECT_GE(pairs->first().candidate.score, pairs->at(1).candidate.score);
    EXPECT_GE(pairs->at(1).candidate.score, pairs->at(2).candidate.score);
    EXPECT_TRUE(pairs->first().candidate.reasons.contains(QStringLiteral("même date de naissance")));
    for (const auto &p : *pairs)
        EXPECT_NE(p.first.id, p.second.id);

    // Once b is merged into a, neither the merged record nor its pairs are proposed.
    MergePatients merge(*m_db, session());
    ASSERT_TRUE(merge.run(a.id, a.version, b.id, b.version, QStringLiteral("doublon")).has_value());
    auto after = review.pairsAround({a.id, b.id});
    ASSERT_TRUE(after.has_value());
    ASSERT_EQ(after->size(), 1);
    EXPECT_EQ(after->first().second.id, c.id);

    auto none = review.pairsAround({other.id});
    ASSERT_TRUE(none.has_value());
    EXPECT_TRUE(none->isEmpty());
}

TEST_P(ReviewDuplicatesTest, BadInputIsRefused)
{
    ReviewDuplicates review(*m_db, session());
    QList<qint64> many;
    for (int i = 1; i <= ReviewDuplicates::kMaxStartingRecords + 1; ++i)
        many << i;
    auto tooMany = review.pairsAround(many);
    ASSERT_FALSE(tooMany.has_value());
    EXPECT_EQ(tooMany.error().code, QStringLiteral("identity.too_many_records"));
    auto missing = review.pairsAround({987654});
    ASSERT_FALSE(missing.has_value());
    EXPECT_EQ(missing.error().code, QStringLiteral("storage.not_found"));
    const auto a = registerOk(request("DUPONT", "JEAN", Sex::Male, QDate(1970, 5, 4)));
    auto preview = review.preview(a.id, 987654);
    ASSERT_FALSE(preview.has_value());
    EXPECT_EQ(preview.error().code, QStringLiteral("storage.not_found"));
}

TEST_P(ReviewDuplicatesTest, PreviewGivesVersionsDossierCountsAndRecommendsTheRecordWithMoreDossiers)
{
    const auto a = registerOk(request("DUPONT", "JEAN", Sex::Male, QDate(1970, 5, 4)));
    const auto b = registerOk(request("DUPOND", "JEAN", Sex::Male, QDate(1970, 5, 4)));
    addDossier(b.id, "D-REV-1");
    addDossier(b.id, "D-REV-2");
    addDossier(a.id, "D-REV-3");
    ReviewDuplicates review(*m_db, session());
    auto p = review.preview(a.id, b.id);
    ASSERT_TRUE(p.has_value()) << p.error().toString().toStdString();
    EXPECT_EQ(p->left.patient.id, a.id);
    EXPECT_EQ(p->left.patient.version, a.version);
    EXPECT_EQ(p->right.patient.version, b.version);
    EXPECT_EQ(p->left.dossierCount, 1);
    EXPECT_EQ(p->right.dossierCount, 2);
    EXPECT_GE(p->score, 70);
    EXPECT_FALSE(p->certain);
    EXPECT_FALSE(p->refusal.has_value());
    ASSERT_TRUE(p->ifLeftSurvives.has_value());
    ASSERT_TRUE(p->ifRightSurvives.has_value());
    EXPECT_EQ(p->recommendedSurvivorId, b.id);
    EXPECT_TRUE(p->recommendation.contains(b.localId));
    EXPECT_TRUE(p->recommendation.contains(QStringLiteral("dossiers d'analyses")));

    // Same counts: the older record is recommended.
    addDossier(a.id, "D-REV-4");
    auto tie = review.preview(b.id, a.id);
    ASSERT_TRUE(tie.has_value());
    EXPECT_EQ(tie->recommendedSurvivorId, a.id);

    // The reads are audited under the user's name.
    auto audit = m_db->read([&](storage::ReadTx &tx) {
        return storage::AuditRepository::forEntity(tx, QStringLiteral("patient"), QString::number(b.id));
    });
    ASSERT_TRUE(audit.has_value());
    EXPECT_TRUE(std::any_of(audit->begin(), audit->end(), [](const domain::AuditEntry &e) {
        return e.action == QStringLiteral("patient.read") && e.actorLogin == QStringLiteral("secretaire");
    }));
}

TEST_P(ReviewDuplicatesTest, QualifiedOutcomeIsRecommendedOverDossierCount)
{
    // a: validated (no INS); b: INS retrieved, same strict traits. Keeping a takes b's INS and
    // gives QUAL; keeping b keeps RECUP (evidence is not transferred).
    auto ra = request("DUPONT", "JEAN", Sex::Male, QDate(1970, 5, 4));
    domain::IdentityEvidence card;
    card.type = domain::EvidenceType::IdentityCard;
    ra.evidence << card;
    const auto a = registerOk(ra);
    ASSERT_EQ(a.status, IdentityStatus::Vali);
    const auto b = withIns(registerOk(request("DUPONT", "JEAN", Sex::Male, QDate(1970, 5, 4))), "1700575123456");
    addDossier(b.id, "D-REV-5");
    ReviewDuplicates review(*m_db, session());
    auto p = review.preview(b.id, a.id);
    ASSERT_TRUE(p.has_value()) << p.error().toString().toStdString();
    ASSERT_FALSE(p->refusal.has_value());
    EXPECT_EQ(p->ifRightSurvives->survivor.status, IdentityStatus::Qual);
    EXPECT_EQ(p->ifLeftSurvives->survivor.status, IdentityStatus::Recup);
    EXPECT_EQ(p->recommendedSurvivorId, a.id);
    EXPECT_TRUE(p->recommendation.contains(QStringLiteral("QUAL"))) << p->recommendation.toStdString();
}

TEST_P(ReviewDuplicatesTest, DomainRefusalIsReportedAndNothingRecommended)
{
    const auto a = withIns(registerOk(request("DUPONT", "JEAN", Sex::Male, QDate(1970, 5, 4))), "1700575123456");
    const auto b = withIns(registerOk(request("DUPONT", "JEAN", Sex::Male, QDate(1970, 5, 4))), "1700575123457");
    ReviewDuplicates review(*m_db, session());
    auto p = review.preview(a.id, b.id);
    ASSERT_TRUE(p.has_value()) << p.error().toString().toStdString();
    ASSERT_TRUE(p->refusal.has_value());
    EXPECT_EQ(p->refusal->code, QStringLiteral("merge.conflicting_ins"));
    EXPECT_FALSE(p->ifLeftSurvives.has_value());
    EXPECT_EQ(p->recommendedSurvivorId, 0);
    auto same = review.preview(a.id, a.id);
    ASSERT_TRUE(same.has_value());
    ASSERT_TRUE(same->refusal.has_value());
    EXPECT_EQ(same->refusal->code, QStringLiteral("merge.same_patient"));
}

TEST_P(ReviewDuplicatesTest, RequiresMergePermissionAndAuditsNothingWhenRefused)
{
    const auto a = registerOk(request("DUPONT", "JEAN", Sex::Male, QDate(1970, 5, 4)));
    const auto b = registerOk(request("DUPOND", "JEAN", Sex::Male, QDate(1970, 5, 4)));
    auto before = m_db->read([&](storage::ReadTx &tx) {
        return storage::AuditRepository::forEntity(tx, QStringLiteral("patient"), QString::number(a.id));
    });
    ASSERT_TRUE(before.has_value());
    ReviewDuplicates review(*m_db, technician());
    auto pairs = review.pairsAround({a.id});
    ASSERT_FALSE(pairs.has_value());
    EXPECT_EQ(pairs.error().code, QStringLiteral("auth.forbidden"));
    auto p = review.preview(a.id, b.id);
    ASSERT_FALSE(p.has_value());
    EXPECT_EQ(p.error().code, QStringLiteral("auth.forbidden"));
    auto after = m_db->read([&](storage::ReadTx &tx) {
        return storage::AuditRepository::forEntity(tx, QStringLiteral("patient"), QString::number(a.id));
    });
    ASSERT_TRUE(after.has_value());
    EXPECT_EQ(after->size(), before->size());
    ReviewDuplicates empty(*m_db, domain::UserSession{});
    EXPECT_EQ(empty.pairsAround({a.id}).error().code, QStringLiteral("auth.no_session"));
}

INSTANTIATE_TEST_SUITE_P(Backends, ReviewDuplicatesTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         sgl::testing::backendName);
