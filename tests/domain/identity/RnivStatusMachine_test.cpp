#include "domain/identity/RnivStatusMachine.h"

#include <gtest/gtest.h>

#include <QStringList>

#include <array>
#include <map>
#include <vector>

using namespace sgl::domain;

namespace {

constexpr IdentityStatus P = IdentityStatus::Prov;
constexpr IdentityStatus R = IdentityStatus::Recup;
constexpr IdentityStatus V = IdentityStatus::Vali;
constexpr IdentityStatus Q = IdentityStatus::Qual;

const std::vector<RnivEvent> kEvents{
    RnivEvent::InsiIdentityAccepted,   RnivEvent::InsiIdentityRejected,  RnivEvent::InsiVerificationPassed,
    RnivEvent::InsiVerificationFailed, RnivEvent::HighTrustEvidenceChecked, RnivEvent::LowTrustEvidenceChecked,
    RnivEvent::HighTrustEvidenceRemoved, RnivEvent::StrictTraitEdited,   RnivEvent::UsedTraitEdited,
    RnivEvent::MarkedDoubtful,         RnivEvent::DoubtLifted,           RnivEvent::MarkedFictitious,
    RnivEvent::FictitiousLifted};

// Expected status for an identity with no attribute, per event (columns: from PROV, RECUP, VALI, QUAL).
const std::map<RnivEvent, std::array<IdentityStatus, 4>> kPlainTable{
    {RnivEvent::InsiIdentityAccepted, {R, R, Q, Q}},
    {RnivEvent::InsiIdentityRejected, {P, R, V, Q}},
    {RnivEvent::InsiVerificationPassed, {P, R, V, Q}},
    {RnivEvent::InsiVerificationFailed, {P, P, V, V}},
    {RnivEvent::HighTrustEvidenceChecked, {V, Q, V, Q}},
    {RnivEvent::LowTrustEvidenceChecked, {P, R, V, Q}},
    {RnivEvent::HighTrustEvidenceRemoved, {P, R, P, R}},
    {RnivEvent::StrictTraitEdited, {P, P, P, P}},
    {RnivEvent::UsedTraitEdited, {P, R, V, Q}},
    {RnivEvent::MarkedDoubtful, {P, R, P, R}},
    {RnivEvent::DoubtLifted, {P, R, V, Q}},
    {RnivEvent::MarkedFictitious, {P, P, P, P}},
    {RnivEvent::FictitiousLifted, {P, R, V, Q}},
};

} // namespace

TEST(RnivStatusMachine, PlainIdentityTransitionTableIsExhaustive)
{
    const std::array<IdentityStatus, 4> from{P, R, V, Q};
    ASSERT_EQ(kPlainTable.size(), kEvents.size());
    for (RnivEvent e : kEvents) {
        for (std::size_t i = 0; i < from.size(); ++i) {
            auto r = RnivStatusMachine::apply(RnivState{from[i], {}}, e);
            ASSERT_TRUE(r.has_value()) << RnivStatusMachine::eventCode(e).toStdString();
            EXPECT_EQ(r->status, kPlainTable.at(e)[i])
                << identityStatusCode(from[i]).toStdString() << " + " << RnivStatusMachine::eventCode(e).toStdString();
        }
    }
}

TEST(RnivStatusMachine, DoubtfulIdentityTable)
{
    const RnivAttributes d{true, false};
    struct Row { IdentityStatus from; RnivEvent e; IdentityStatus to; bool ok; RnivAttributes attrs; };
    const std::vector<Row> rows{
        {P, RnivEvent::InsiIdentityAccepted, R, true, d},
        {P, RnivEvent::HighTrustEvidenceChecked, P, false, d},
        {R, RnivEvent::HighTrustEvidenceChecked, R, false, d},
        {R, RnivEvent::InsiVerificationFailed, P, true, d},
        {R, RnivEvent::StrictTraitEdited, P, true, d},
        {R, RnivEvent::DoubtLifted, R, true, {false, false}},
        {P, RnivEvent::DoubtLifted, P, true, {false, false}},
        {R, RnivEvent::MarkedFictitious, P, true, {true, true}},
        {R, RnivEvent::UsedTraitEdited, R, true, d},
    };
    for (const Row &row : rows) {
        auto r = RnivStatusMachine::apply(RnivState{row.from, d}, row.e);
        ASSERT_EQ(r.has_value(), row.ok) << RnivStatusMachine::eventCode(row.e).toStdString();
        if (!row.ok) {
            EXPECT_EQ(r.error().code, QStringLiteral("rniv.doubtful"));
            continue;
        }
        EXPECT_EQ(r->status, row.to) << RnivStatusMachine::eventCode(row.e).toStdString();
        EXPECT_EQ(r->attributes, row.attrs);
    }
}

TEST(RnivStatusMachine, FictitiousIdentityStaysProvisional)
{
    const RnivState f{P, {false, true}};
    for (RnivEvent e : kEvents) {
        auto r = RnivStatusMachine::apply(f, e);
        if (e == RnivEvent::InsiIdentityAccepted || e == RnivEvent::HighTrustEvidenceChecked) {
            ASSERT_FALSE(r.has_value());
            EXPECT_EQ(r.error().code, QStringLiteral("rniv.fictitious"));
            continue;
        }
        ASSERT_TRUE(r.has_value());
        if (e != RnivEvent::FictitiousLifted) {
            EXPECT_EQ(r->status, P) << RnivStatusMachine::eventCode(e).toStdString();
        }
    }
}

TEST(RnivStatusMachine, InvariantsHoldForEveryStateAndEvent)
{
    for (IdentityStatus s : {P, R, V, Q}) {
        for (bool doubtful : {false, true}) {
            for (bool fictitious : {false, true}) {
                const RnivState st{s, {doubtful, fictitious}};
                for (RnivEvent e : kEvents) {
                    auto r = RnivStatusMachine::apply(st, e);
                    if (!r)
                        continue;
                    if (r->attributes.doubtful || r->attributes.fictitious) {
                        EXPECT_NE(r->status, V);
                        EXPECT_NE(r->status, Q);
                    }
                    if (r->attributes.fictitious) {
                        EXPECT_EQ(r->status, P);
                    }
                }
            }
        }
    }
}

TEST(RnivStatusMachine, DeriveAndEventCodes)
{
    EXPECT_EQ(RnivStatusMachine::derive(true, true, {}), Q);
    EXPECT_EQ(RnivStatusMachine::derive(true, true, {true, false}), R);
    EXPECT_EQ(RnivStatusMachine::derive(false, true, {true, false}), P);
    EXPECT_EQ(RnivStatusMachine::derive(true, false, {false, true}), P);
    QStringList codes;
    for (RnivEvent e : kEvents)
        codes << RnivStatusMachine::eventCode(e);
    codes.removeDuplicates();
    EXPECT_EQ(codes.size(), static_cast<qsizetype>(kEvents.size()));
}
