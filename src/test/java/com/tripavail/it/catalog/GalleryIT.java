package com.tripavail.it.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.tripavail.testenv.Accounts;
import com.tripavail.testenv.CatalogFixtures;
import com.tripavail.testenv.HotelPackages;
import com.tripavail.testenv.TourPackages;
import com.tripavail.testenv.TripAvailServer;
import com.tripavail.testenv.Uploads;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Package and property images: only the owner's stored uploads of the right purpose, shown in
 * order in detail and listing (packages) and in the owner's and the reviewer's views (properties).
 */
@ExtendWith(TripAvailServer.class)
class GalleryIT {
    private static Accounts.Session admin;

    @BeforeAll
    static void signIn() {
        admin = Accounts.admin();
    }

    @Test
    void hotelImagesAppearInOrderInDetailAndListing() {
        var setup = CatalogFixtures.approvedHotelProvider(admin);
        String packageId =
                HotelPackages.of(setup).price(15000).rooms(2).stockedNights(30).publish();
        byte[] first = Uploads.jpeg(3000);
        byte[] second = Uploads.png(2000);
        String firstId = Uploads.upload(setup.owner(), "PACKAGE_IMAGE", "image/jpeg", first);
        String secondId = Uploads.upload(setup.owner(), "PACKAGE_IMAGE", "image/png", second);

        addImage(setup.owner(), "hotel", packageId, firstId)
                .then()
                .statusCode(201)
                .body("images", hasSize(1));
        addImage(setup.owner(), "hotel", packageId, secondId)
                .then()
                .statusCode(201)
                .body("images", hasSize(2));
        addImage(setup.owner(), "hotel", packageId, firstId)
                .then()
                .statusCode(409)
                .body("code", equalTo("image_already_added"));

        List<String> detail = given().get("/v1/hotel-packages/" + packageId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("images");
        assertThat(detail).hasSize(2);
        assertThat(detail.get(0)).contains(firstId);
        assertThat(detail.get(1)).contains(secondId);
        assertThat(given().get(detail.get(0)).then().statusCode(200).extract().asByteArray())
                .isEqualTo(first);
        assertThat(given().get(detail.get(1))
                        .then()
                        .statusCode(200)
                        .contentType("image/png")
                        .extract()
                        .asByteArray())
                .isEqualTo(second);

        given().queryParam("city", setup.city())
                .get("/v1/hotel-packages")
                .then()
                .statusCode(200)
                .body("data", hasSize(1))
                .body("data[0].images", hasSize(2));
    }

    @Test
    void tourImagesAppearInDetailAndListing() {
        var tour = CatalogFixtures.approvedTourOperator(admin);
        String destination = "Dest-" + System.nanoTime();
        String packageId =
                TourPackages.of(tour).destination(destination).price(4000).draft();
        String imageId = Uploads.image(tour.owner());
        addImage(tour.owner(), "tour", packageId, imageId)
                .then()
                .statusCode(201)
                .body("images", hasSize(1));
        tour.owner()
                .as()
                .post("/v1/tour-packages/" + packageId + "/publish")
                .then()
                .statusCode(200);

        given().get("/v1/tour-packages/" + packageId).then().statusCode(200).body("images", hasSize(1));
        given().queryParam("destination", destination)
                .get("/v1/tour-packages")
                .then()
                .statusCode(200)
                .body("data[0].images", hasSize(1));
    }

    @Test
    void onlyTheOwnersStoredPackageImagesAreAccepted() {
        var setup = CatalogFixtures.approvedHotelProvider(admin);
        String packageId = HotelPackages.of(setup).price(9000).draft();
        Accounts.Session stranger = Accounts.providerAccount();

        addImage(setup.owner(), "hotel", packageId, Uploads.image(stranger))
                .then()
                .statusCode(404);
        var pending = Uploads.ticket(setup.owner(), "PACKAGE_IMAGE", "image/jpeg", 100);
        addImage(setup.owner(), "hotel", packageId, pending.fileId())
                .then()
                .statusCode(409)
                .body("code", equalTo("upload_not_stored"));
        addImage(setup.owner(), "hotel", packageId, Uploads.document(setup.owner()))
                .then()
                .statusCode(409)
                .body("code", equalTo("wrong_upload_purpose"));
        addImage(stranger, "hotel", packageId, Uploads.image(stranger)).then().statusCode(404);
        addImage(Accounts.traveler(), "hotel", packageId, pending.fileId())
                .then()
                .statusCode(403);
        setup.owner()
                .as()
                .get("/v1/hotel-packages/" + packageId + "/draft")
                .then()
                .statusCode(200)
                .body("images", hasSize(0));
    }

    @Test
    void propertyImagesAreShownToTheOwnerAndTheReviewer() {
        var setup = CatalogFixtures.approvedHotelProvider(admin);
        String propertyId = setup.owner()
                .as()
                .body(CatalogFixtures.property(setup.city()))
                .post("/v1/providers/" + setup.providerId() + "/properties")
                .then()
                .statusCode(201)
                .body("images", hasSize(0))
                .extract()
                .path("id");
        byte[] photo = Uploads.png(2500);
        String fileId = Uploads.upload(setup.owner(), "PROPERTY_IMAGE", "image/png", photo);
        String path = "/v1/providers/" + setup.providerId() + "/properties/" + propertyId + "/images";

        addPropertyImage(setup.owner(), path, fileId)
                .then()
                .statusCode(201)
                .body("id", equalTo(propertyId))
                .body("images", hasSize(1));
        addPropertyImage(setup.owner(), path, Uploads.image(setup.owner()))
                .then()
                .statusCode(409)
                .body("code", equalTo("wrong_upload_purpose"));

        String url = setup.owner()
                .as()
                .get("/v1/providers/me/properties")
                .then()
                .statusCode(200)
                .body("find { it.id == '" + propertyId + "' }.images", hasSize(1))
                .extract()
                .path("find { it.id == '" + propertyId + "' }.images[0]");
        assertThat(given().get(url).then().statusCode(200).extract().asByteArray())
                .isEqualTo(photo);
        admin.as()
                .body(Map.of())
                .post("/v1/admin/properties/" + propertyId + "/approve")
                .then()
                .statusCode(200)
                .body("images", hasSize(1));

        Accounts.Session stranger = Accounts.providerAccount();
        String strangersProvider = CatalogFixtures.onboard(stranger, "HOTEL");
        String strangersPhoto = Uploads.upload(stranger, "PROPERTY_IMAGE", "image/png", Uploads.png(900));
        addPropertyImage(stranger, path, strangersPhoto).then().statusCode(404);
        addPropertyImage(
                        stranger,
                        "/v1/providers/" + strangersProvider + "/properties/" + propertyId + "/images",
                        strangersPhoto)
                .then()
                .statusCode(404);
    }

    private static io.restassured.response.Response addImage(
            Accounts.Session who, String kind, String packageId, String fileId) {
        return who.as().body(Map.of("fileId", fileId)).post("/v1/" + kind + "-packages/" + packageId + "/images");
    }

    private static io.restassured.response.Response addPropertyImage(
            Accounts.Session who, String imagesPath, String fileId) {
        return who.as().body(Map.of("fileId", fileId)).post(imagesPath);
    }
}
