#include "documents/authority_directory.h"

#include <catch2/catch.hpp>

#include "documents_test_util.h"

namespace oftrack {
namespace {

using testing::Authorities;

int UrnOf(const char* name) {
  const Authority* a = Authorities().Find(name);
  return a ? a->urn : 0;
}

int UrnIn(const char* phrase) {
  const Authority* a = Authorities().FindIn(phrase);
  return a ? a->urn : 0;
}

TEST_CASE("the directory loads every authority with its columns", "[authority]") {
  const auto& all = Authorities().all();
  REQUIRE(all.size() >= 153);
  const Authority* nottingham = Authorities().FindByUrn(80533);
  REQUIRE(nottingham != nullptr);
  CHECK(nottingham->name == "Nottingham");
  CHECK(nottingham->la_code == "892");
  CHECK(nottingham->region == "East Midlands");
  CHECK(nottingham->type == "Unitary Authority");
  REQUIRE(nottingham->stat_neighbour_codes.size() == 10);
  CHECK(nottingham->stat_neighbour_codes.front() == "330");
  const Authority* bristol = Authorities().FindByUrn(80441);
  REQUIRE(bristol != nullptr);
  CHECK(bristol->name == "Bristol, City of");  // a quoted field holding a comma
}

TEST_CASE("a missing file is an error value", "[authority]") {
  auto dir = AuthorityDirectory::Load("/nonexistent/local_authorities.csv");
  CHECK_FALSE(dir.ok());
  CHECK(dir.status().code() == Status::Code::kNotFound);
}

TEST_CASE("names as Ofsted, the ONS and councils write them", "[authority]") {
  CHECK(UrnOf("Nottingham City") == 80533);
  CHECK(UrnOf("Nottingham") == 80533);
  CHECK(UrnOf("80533") == 80533);
  CHECK(UrnOf("Nottingham City Council") == 80533);
  CHECK(UrnOf("Nottinghamshire County Council") == 80534);
  CHECK(UrnOf("London Borough of Bromley") == 80490);
  CHECK(UrnOf("Bath and North East Somerset Council") == 80427);
  CHECK(UrnOf("Sandwell Metropolitan Borough Council") == 80549);
  CHECK(UrnOf("Bristol, City of") == 80441);
  CHECK(UrnOf("Bristol City Council") == 80441);
  CHECK(UrnOf("City of Bristol") == 80441);
  CHECK(UrnOf("Kingston upon Hull") == 80477);
  CHECK(UrnOf("Hull City Council") == 80477);
  CHECK(UrnOf("Herefordshire Council") == 80474);
  CHECK(UrnOf("Durham County Council") == 80465);
  CHECK(UrnOf("County Durham") == 80465);
  CHECK(UrnOf("St Helens") == 80560);
  CHECK(UrnOf("St. Helens Council") == 80560);
  CHECK(UrnOf("Isles of Scilly") == 80455);
  CHECK(UrnOf("Council of the Isles of Scilly") == 80455);
  CHECK(UrnOf("Windsor and Maidenhead") == 80546);
  CHECK(UrnOf("Royal Borough of Windsor & Maidenhead") == 80546);
  CHECK(UrnOf("North Yorkshire County Council") == 80530);
  CHECK(UrnOf("Southend-on-Sea") == 80559);
  CHECK(UrnOf("Southend-on-Sea Borough Council") == 80559);
  CHECK(UrnOf("BCP") == 2532287);
  CHECK(UrnOf("Newcastle") == 80525);  // short form of "Newcastle upon Tyne"
  CHECK(UrnOf("Kingston upon Thames") == 80545);
  CHECK(UrnOf("Salford City Council") == 80548);
}

TEST_CASE("unknown names and numbers find nothing", "[authority]") {
  CHECK(Authorities().Find("Atlantis") == nullptr);
  CHECK(Authorities().Find("") == nullptr);
  CHECK(Authorities().Find("99999") == nullptr);
  CHECK(Authorities().Find("Kingston") == nullptr);  // two authorities share it
}

TEST_CASE("FindIn picks the longest name inside a title", "[authority]") {
  CHECK(UrnIn("Inspection of Nottingham City local authority children's services") == 80533);
  CHECK(UrnIn("Inspection of Nottinghamshire County Council local authority children's services") == 80534);
  CHECK(UrnIn("Monitoring visit to Nottingham City children's services") == 80533);
  CHECK(UrnIn("Focused visit to North East Lincolnshire children's services") == 80526);
  CHECK(UrnIn("Inspection of the London Borough of Bromley local authority children's services") == 80490);
  CHECK(UrnIn("Inspection of services for children in need of help and protection") == 0);
}

}  // namespace
}  // namespace oftrack
