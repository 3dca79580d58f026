//! The body map's drawings: three inline SVG figures (front, back and a face close-up)
//! and the shape of every region on them.
//!
//! Pure static data, no browser types: the map component renders it. Paint order for a
//! drawing is `outline` (each path filled, with a darker stroke, in order: later paths sit
//! on top of earlier ones) then `details` (thin strokes, no fill) then the region shapes:
//! zones as translucent filled paths, points as circles (r = 6) drawn last so they stay on
//! top of any zone.
//!
//! Coordinates are SVG user units of the drawing's `view_box`. Front and back share one
//! silhouette (`0 0 200 400`, body centred on x = 100, head about 1/7.5 of the height);
//! the face close-up is `0 0 200 240`. Symmetric paths mirror the right half about x = 100.
//! Every point is at least 24 units from every other point on its view, so each gets its
//! own 24 x 24 tap target.

use dermamap_core::View;

/// One drawing of the body.
#[derive(Debug)]
pub struct Drawing {
    /// The SVG `viewBox` attribute.
    pub view_box: &'static str,
    /// Silhouette paths (`d` strings), drawn filled, in order.
    pub outline: &'static [&'static str],
    /// Thin stroke-only paths: collarbones, navel, spine, eyes, brows, nose, lips, ears,
    /// hairline, finger separations and the like.
    pub details: &'static [&'static str],
}

/// The shape of a region on its drawing.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Shape {
    /// A micro-dermal placement: a single spot.
    Point { cx: f32, cy: f32 },
    /// A microneedling area: a closed path (possibly several subpaths) inside the silhouette.
    Zone { d: &'static str },
}

/// Where a region sits on the drawings.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RegionShape {
    /// The region id, as in `dermamap_core::content::regions()`.
    pub id: &'static str,
    pub view: View,
    pub shape: Shape,
    /// Where a short text label can go (inside the view box).
    pub label_x: f32,
    pub label_y: f32,
}

/// The drawing for a view.
pub fn drawing(view: View) -> &'static Drawing {
    match view {
        View::Front => &FRONT,
        View::Back => &BACK,
        View::Face => &FACE,
    }
}

/// The shape of the region with this id, if it is drawn.
pub fn shape_for(id: &str) -> Option<&'static RegionShape> {
    REGION_SHAPES.iter().find(|s| s.id == id)
}

/// The body silhouette shared by the front and back views.
const BODY: &str = "M100 12C110.6 12 118.4 19.5 118.4 31C120.6 29.8 122.2 32.5 121.7 37C121.3 41 120.2 44.5 117.8 45C116.8 51 113.5 55.5 109.6 58.5C108.8 62 108.8 66 109.4 70C111.5 75 121 77.5 131 79.5C142 81.5 150.5 85.5 152.6 96C154.6 108 156.6 125 158.3 142C160.3 160 165.8 184 169.1 202.6C171.7 207.3 175.6 213.8 177.6 222.6C178.7 227.4 179.2 231.4 179.4 235.4C180 238.8 180.4 241.3 180.7 243.9C180.9 245.2 180 246.5 178.7 246.7C177.4 246.9 176.1 246 175.9 244.6C175.3 240.7 175.6 241.2 175.1 239.6C175.8 243.9 176.4 247.2 176.8 250.4C177 251.8 176.1 253.2 174.6 253.4C173.2 253.6 171.9 252.6 171.7 251.2C171 247.3 170.9 244.5 170.4 242.9C171.1 247.4 171.7 250.8 172.1 254.1C172.4 255.6 171.4 256.9 169.9 257.2C168.5 257.4 167.1 256.4 166.9 255C166.3 251 165.6 244.8 165 243.3C165.6 246.4 166 248.8 166.3 251.2C166.5 252.5 165.6 253.8 164.2 254C162.8 254.2 161.6 253.3 161.4 251.9C159.9 244.1 158.2 233.7 156.7 230.4C157 232.4 155.8 238.7 154.3 241.7C153.3 243.6 150.3 243.3 150.3 240.6C150.3 234.5 150.5 226.8 152.8 219.4C154.6 213.5 156.2 208.2 158.1 204.4C155.3 186 149.6 166 147.6 150C146 136 142.6 118 136.6 108C134.4 124 128.2 144 128 160C127.8 174 133.4 188 134.6 203C136 226 131.6 262 127.6 286C126.4 296 129.6 308 129.4 322C129.2 340 122.6 355 120.4 366C121.4 373 126.2 380 126 386.5C125.8 390.5 119.5 391.5 114.5 391C110 390.6 107.4 389 107.6 384C107.8 378 108.6 372 108.2 366C107 352 104.8 338 105.6 322C106.2 309 103.6 298 103.8 288C104 268 103.4 236 102.4 214C102 208 101 205.5 100 205.5C99 205.5 98 208 97.6 214C96.6 236 96 268 96.2 288C96.4 298 93.8 309 94.4 322C95.2 338 93 352 91.8 366C91.4 372 92.2 378 92.4 384C92.6 389 90 390.6 85.5 391C80.5 391.5 74.2 390.5 74 386.5C73.8 380 78.6 373 79.6 366C77.4 355 70.8 340 70.6 322C70.4 308 73.6 296 72.4 286C68.4 262 64 226 65.4 203C66.6 188 72.2 174 72 160C71.8 144 65.6 124 63.4 108C57.4 118 54 136 52.4 150C50.4 166 44.7 186 41.9 204.4C43.8 208.2 45.4 213.5 47.2 219.4C49.5 226.8 49.7 234.5 49.7 240.6C49.7 243.3 46.7 243.6 45.7 241.7C44.2 238.7 43 232.4 43.3 230.4C41.8 233.7 40.1 244.1 38.6 251.9C38.4 253.3 37.2 254.2 35.8 254C34.4 253.8 33.5 252.5 33.7 251.2C34 248.8 34.4 246.4 35 243.3C34.4 244.8 33.7 251 33.1 255C32.9 256.4 31.5 257.4 30.1 257.2C28.6 256.9 27.6 255.6 27.9 254.1C28.3 250.8 28.9 247.4 29.6 242.9C29.1 244.5 29 247.3 28.3 251.2C28.1 252.6 26.8 253.6 25.4 253.4C23.9 253.2 23 251.8 23.2 250.4C23.6 247.2 24.2 243.9 24.9 239.6C24.4 241.2 24.7 240.7 24.1 244.6C23.9 246 22.6 246.9 21.3 246.7C20 246.5 19.1 245.2 19.3 243.9C19.6 241.3 20 238.8 20.6 235.4C20.8 231.4 21.3 227.4 22.4 222.6C24.4 213.8 28.3 207.3 30.9 202.6C34.2 184 39.7 160 41.7 142C43.4 125 45.4 108 47.4 96C49.5 85.5 58 81.5 69 79.5C79 77.5 88.5 75 90.6 70C91.2 66 91.2 62 90.4 58.5C86.5 55.5 83.2 51 82.2 45C79.8 44.5 78.7 41 78.3 37C77.8 32.5 79.4 29.8 81.6 31C81.6 19.5 89.4 12 100 12Z";

pub static FRONT: Drawing = Drawing {
    view_box: "0 0 200 400",
    outline: &[BODY],
    details: &[
        "M84.2 27C89 20.5 95 19.5 100 19.8C105 19.5 111 20.5 115.8 27",
        "M93.5 57.6Q100 62.6 106.5 57.6",
        "M119.2 33.6Q120.8 36.6 119.6 40.6M80.8 33.6Q79.2 36.6 80.4 40.6",
        "M104.5 63Q106 69 103.4 75.5M95.5 63Q94 69 96.6 75.5",
        "M103.6 80.6Q114 79.2 124 80.6Q131 81.6 137.2 81M96.4 80.6Q86 79.2 76 80.6Q69 81.6 62.8 81",
        "M97.2 79.6Q100 82.6 102.8 79.6",
        "M104 118Q114 122.8 126 117.8M96 118Q86 122.8 74 117.8",
        "M100 124Q100.4 138 100 154",
        "M100 160.6C101.8 160.6 102.3 162.6 102.1 163.9C101.9 165.4 100.9 166 100 166C99.1 166 98.1 165.4 97.9 163.9C97.7 162.6 98.2 160.6 100 160.6Z",
        "M123.5 184Q114 194 106 201M76.5 184Q86 194 94 201",
        "M149.4 146.2Q152.6 148 155.8 146M50.6 146.2Q47.4 148 44.2 146",
        "M109.6 286Q116.4 291.5 123.4 286M90.4 286Q83.6 291.5 76.6 286",
        "M112.6 387.4Q112.8 389.2 112.4 390.6M87.4 387.4Q87.2 389.2 87.6 390.6",
        "M116.6 387.8Q116.8 389.6 116.6 391M83.4 387.8Q83.2 389.6 83.4 391",
        "M120.6 386.6Q121 388.6 120.6 390.4M79.4 386.6Q79 388.6 79.4 390.4",
        "M175.1 239.6Q174.7 236.7 173.9 230.2M24.9 239.6Q25.3 236.7 26.1 230.2",
        "M170.4 242.9Q170 240 168.8 231M29.6 242.9Q30 240 31.2 231",
        "M165 243.3Q164.7 240.3 163.5 231.9M35 243.3Q35.3 240.3 36.5 231.9",
        "M158.1 203.2Q163.6 203.7 168.7 201.5M41.9 203.2Q36.4 203.7 31.3 201.5",
        "M158.1 229.2Q154.9 222.1 154.6 214M41.9 229.2Q45.1 222.1 45.4 214",
    ],
};

pub static BACK: Drawing = Drawing {
    view_box: "0 0 200 400",
    outline: &[BODY],
    details: &[
        "M82.4 44C88 49.5 94 51 100 51C106 51 112 49.5 117.6 44",
        "M100 14.5Q98 30 100 51",
        "M107.5 16.5Q112 31 111.6 49M92.5 16.5Q88 31 88.4 49",
        "M114.6 23.5Q117.6 33 116.8 45M85.4 23.5Q82.4 33 83.2 45",
        "M119.2 33.6Q120.8 36.6 119.6 40.6M80.8 33.6Q79.2 36.6 80.4 40.6",
        "M104.8 58Q105.4 66 103.2 73M95.2 58Q94.6 66 96.8 73",
        "M100 74C100.6 110 99.4 150 100 190",
        "M109.4 92.6C108 104 109.6 116 114.6 125C119.6 120.4 124.6 114 127.6 107.6M90.6 92.6C92 104 90.4 116 85.4 125C80.4 120.4 75.4 114 72.4 107.6",
        "M109.8 98.6Q121 94.4 133.6 91.6M90.2 98.6Q79 94.4 66.4 91.6",
        "M131.2 138Q126 148 124.6 158M68.8 138Q74 148 75.4 158",
        "M107.4 188.8Q109.4 191.6 111.4 188.8M92.6 188.8Q90.6 191.6 88.6 188.8",
        "M100 194Q100.2 206 100 217",
        "M100.6 217.5C108 224 122 224.5 131.8 217M99.4 217.5C92 224 78 224.5 68.2 217",
        "M109.8 290Q116.4 287.5 123.2 290M90.2 290Q83.6 287.5 76.8 290",
        "M125.6 312Q124 326 121.6 340M74.4 312Q76 326 78.4 340",
        "M153.4 144.2Q156 146.6 158.6 144.2M46.6 144.2Q44 146.6 41.4 144.2",
        "M110.8 383Q115.5 386 120.4 383M89.2 383Q84.5 386 79.6 383",
        "M175.1 239.6Q174.7 236.7 173.9 230.2M24.9 239.6Q25.3 236.7 26.1 230.2",
        "M170.4 242.9Q170 240 168.8 231M29.6 242.9Q30 240 31.2 231",
        "M165 243.3Q164.7 240.3 163.5 231.9M35 243.3Q35.3 240.3 36.5 231.9",
        "M158.1 203.2Q163.6 203.7 168.7 201.5M41.9 203.2Q36.4 203.7 31.3 201.5",
        "M158.1 229.2Q154.9 222.1 154.6 214M41.9 229.2Q45.1 222.1 45.4 214",
    ],
};

pub static FACE: Drawing = Drawing {
    view_box: "0 0 200 240",
    // Neck first, then the ears, then the head on top (its edge draws the jaw and chin).
    outline: &[
        "M100 170C115 170 130 168 136 170C135.4 190 136.8 208 142 218C150 226 170 231 190 236C193 238 194 240 194 241C160 241 130 241 100 241C70 241 40 241 6 241C6 240 7 238 10 236C30 231 50 226 58 218C63.2 208 64.6 190 64 170C70 168 85 170 100 170Z",
        "M43.2 104C38 98 28.4 98.6 26.6 107.6C25 116 29 125 33.6 134C37 140.5 39 147.5 44.2 149.4C47 140 46.6 114 43.2 104Z",
        "M156.8 104C162 98 171.6 98.6 173.4 107.6C175 116 171 125 166.4 134C163 140.5 161 147.5 155.8 149.4C153 140 153.4 114 156.8 104Z",
        "M100 14C134 14 158 38 160 80C161.4 100 160.6 118 157.6 134C155.4 150 151 166 142.4 178C133 191 118 205.5 100 206C82 205.5 67 191 57.6 178C49 166 44.6 150 42.4 134C39.4 118 38.6 100 40 80C42 38 66 14 100 14Z",
    ],
    details: &[
        "M43.5 96C42.8 70 54 52 70 46.5C80 43.5 90 47 100 49.5C110 47 120 43.5 130 46.5C146 52 157.2 70 156.5 96",
        "M108 17.5Q131 23.5 146 45M92 17.5Q69 23.5 54 45",
        "M103.5 25Q121 30.5 129.5 44.5M96.5 25Q79 30.5 70.5 44.5",
        "M113.4 93.6C121 88 135 86.6 148 92M86.6 93.6C79 88 65 86.6 52 92",
        "M116 109C121 102.8 135 102 144.6 108.6C136 113.2 122 113.6 116 109ZM84 109C79 102.8 65 102 55.4 108.6C64 113.2 78 113.6 84 109Z",
        "M130 103.4C126.2 103.4 125.8 107.4 126 108.4C126.4 111.8 128.6 112.4 130 112.4C132.2 112.4 134.2 111 134.2 108C134.2 105 132 103.4 130 103.4ZM70 103.4C73.8 103.4 74.2 107.4 74 108.4C73.6 111.8 71.4 112.4 70 112.4C67.8 112.4 65.8 111 65.8 108C65.8 105 68 103.4 70 103.4Z",
        "M117 104.5C123 98.6 136 98 144 103.6M83 104.5C77 98.6 64 98 56 103.6",
        "M106.2 104Q106.2 124 109.2 138M93.8 104Q93.8 124 90.8 138",
        "M92.4 148.8C95 152.6 105 152.6 107.6 148.8",
        "M107.6 148.8C113.6 149.6 115 144.6 112.8 141C111.6 139 110 138.4 109.2 138M92.4 148.8C86.4 149.6 85 144.6 87.2 141C88.4 139 90 138.4 90.8 138",
        "M104.2 150.2Q106 147.4 108.8 147.6M95.8 150.2Q94 147.4 91.2 147.6",
        "M83.5 168.6C90 167.2 94.8 166 100 168C105.2 166 110 167.2 116.5 168.6",
        "M83.5 168.6C89 164 95 161.8 97.6 163.2Q100 164.6 102.4 163.2C105 161.8 111 164 116.5 168.6",
        "M83.5 168.6C88 176.8 95 179 100 179C105 179 112 176.8 116.5 168.6",
        "M97.6 163.2Q98 158 98.6 153.4",
        "M102.4 163.2Q102 158 101.4 153.4",
        "M92 192Q100 196 108 192",
        "M159.4 108C162.6 103.6 168.8 104 169.4 110C170 117 165.6 125 163.2 133M40.6 108C37.4 103.6 31.2 104 30.6 110C30 117 34.4 125 36.8 133",
        "M160.6 122Q163.6 118.6 165 122.4Q163.6 128 161.2 130M39.4 122Q36.4 118.6 35 122.4Q36.4 128 38.8 130",
        "M128 196Q121 214 108 232M72 196Q79 214 92 232",
        "M112 236Q134 232 160 236M88 236Q66 232 40 236",
    ],
};

/// Every region's shape. Dermal placements are points, microneedling areas are zones.
pub static REGION_SHAPES: &[RegionShape] = &[
    RegionShape {
        id: "cheekbone",
        view: View::Face,
        shape: Shape::Point { cx: 149.5, cy: 123.0 },
        label_x: 154.0,
        label_y: 115.0,
    },
    RegionShape {
        id: "under-eye",
        view: View::Face,
        shape: Shape::Point { cx: 70.0, cy: 126.0 },
        label_x: 44.0,
        label_y: 127.0,
    },
    RegionShape {
        id: "third-eye",
        view: View::Face,
        shape: Shape::Point { cx: 100.0, cy: 94.5 },
        label_x: 100.0,
        label_y: 88.0,
    },
    RegionShape {
        id: "forehead",
        view: View::Face,
        shape: Shape::Zone {
            d: "M56 84C57 66 72 54.5 86 53.5C92 53 96 55 100 56C104 55 108 53 114 53.5C128 54.5 143 66 144 84C130 87.6 114 88.4 100 88.4C86 88.4 70 87.6 56 84Z",
        },
        label_x: 100.0,
        label_y: 72.0,
    },
    RegionShape {
        id: "around-eyes",
        view: View::Face,
        shape: Shape::Zone {
            d: "M113 107.5C114 99 123 95.6 131.4 95.6C140.4 95.6 148 100 149 107.5C148.4 114.6 140 119 131 119C122 119 113.8 115 113 107.5ZM87 107.5C86 99 77 95.6 68.6 95.6C59.6 95.6 52 100 51 107.5C51.6 114.6 60 119 69 119C78 119 86.2 115 87 107.5Z",
        },
        label_x: 158.0,
        label_y: 90.0,
    },
    RegionShape {
        id: "cheeks",
        view: View::Face,
        shape: Shape::Zone {
            d: "M117.4 147C119.6 138 129 133.6 140.6 134C148.6 134.4 153 138 153.2 145C152.8 155 148 163.6 140.6 169.4C133 173.2 124 170.6 120.4 165C117.6 160 116.8 153 117.4 147ZM82.6 147C80.4 138 71 133.6 59.4 134C51.4 134.4 47 138 46.8 145C47.2 155 52 163.6 59.4 169.4C67 173.2 76 170.6 79.6 165C82.4 160 83.2 153 82.6 147Z",
        },
        label_x: 137.0,
        label_y: 154.0,
    },
    RegionShape {
        id: "nose",
        view: View::Face,
        shape: Shape::Zone {
            d: "M100 101C104.4 101 105.4 104 105.8 112C106.6 124 109 134 112.4 140C115.4 146 113 151.6 107.4 151.8C104 154.4 96 154.4 92.6 151.8C87 151.6 84.6 146 87.6 140C91 134 93.4 124 94.2 112C94.6 104 95.6 101 100 101Z",
        },
        label_x: 100.0,
        label_y: 128.0,
    },
    RegionShape {
        id: "chin-jaw",
        view: View::Face,
        shape: Shape::Zone {
            d: "M143.4 170.6C138 184 122 200.6 100 201.6C78 200.6 62 184 56.6 170.6C60.6 171.6 64 176 67.6 181C74 188.6 86 192 100 190C114 192 126 188.6 132.4 181C136 176 139.4 171.6 143.4 170.6Z",
        },
        label_x: 100.0,
        label_y: 196.0,
    },
    RegionShape {
        id: "nape",
        view: View::Back,
        shape: Shape::Point { cx: 100.0, cy: 66.0 },
        label_x: 124.0,
        label_y: 64.0,
    },
    RegionShape {
        id: "back-dimples",
        view: View::Back,
        shape: Shape::Point { cx: 90.6, cy: 190.0 },
        label_x: 66.0,
        label_y: 201.0,
    },
    RegionShape {
        id: "back",
        view: View::Back,
        shape: Shape::Zone {
            d: "M77 92C84 88.6 92 88 100 88C108 88 116 88.6 123 92C129 98 132 112 130.6 126C128.6 140 125.4 152 122.8 162C114 166.4 86 166.4 77.2 162C74.6 152 71.4 140 69.4 126C68 112 71 98 77 92Z",
        },
        label_x: 100.0,
        label_y: 128.0,
    },
    RegionShape {
        id: "scalp",
        view: View::Back,
        shape: Shape::Zone {
            d: "M100 15C110 15 116.6 21 116.8 31C116.8 37 116.2 41 115.4 43.6C110 46.8 104.6 48 100 48C95.4 48 90 46.8 84.6 43.6C83.8 41 83.2 37 83.2 31C83.4 21 90 15 100 15Z",
        },
        label_x: 100.0,
        label_y: 31.0,
    },
    RegionShape {
        id: "collarbone",
        view: View::Front,
        shape: Shape::Point { cx: 78.0, cy: 84.5 },
        label_x: 66.0,
        label_y: 76.0,
    },
    RegionShape {
        id: "sternum",
        view: View::Front,
        shape: Shape::Point { cx: 100.0, cy: 110.0 },
        label_x: 100.0,
        label_y: 104.0,
    },
    RegionShape {
        id: "belly",
        view: View::Front,
        shape: Shape::Point { cx: 111.5, cy: 160.5 },
        label_x: 124.0,
        label_y: 158.0,
    },
    RegionShape {
        id: "hip",
        view: View::Front,
        shape: Shape::Point { cx: 126.0, cy: 185.0 },
        label_x: 146.0,
        label_y: 186.0,
    },
    RegionShape {
        id: "finger",
        view: View::Front,
        shape: Shape::Point { cx: 167.9, cy: 244.3 },
        label_x: 189.0,
        label_y: 251.0,
    },
    RegionShape {
        id: "hand",
        view: View::Front,
        shape: Shape::Point { cx: 165.5, cy: 218.9 },
        label_x: 186.0,
        label_y: 220.0,
    },
    RegionShape {
        id: "wrist",
        view: View::Front,
        shape: Shape::Point { cx: 164.6, cy: 193.7 },
        label_x: 182.0,
        label_y: 192.0,
    },
    RegionShape {
        id: "thigh",
        view: View::Front,
        shape: Shape::Point { cx: 73.0, cy: 222.0 },
        label_x: 56.0,
        label_y: 226.0,
    },
    RegionShape {
        id: "neck",
        view: View::Front,
        shape: Shape::Zone {
            d: "M93 62.4C96 64.4 104 64.4 107 62.4C107.6 67 108.2 72 109.4 76.4C104 79.2 96 79.2 90.6 76.4C91.8 72 92.4 67 93 62.4Z",
        },
        label_x: 100.0,
        label_y: 70.0,
    },
    RegionShape {
        id: "abdomen",
        view: View::Front,
        shape: Shape::Zone {
            d: "M85 172C92 174.6 108 174.6 115 172C119 180 119.4 190 116.4 196.6C110 200.8 90 200.8 83.6 196.6C80.6 190 81 180 85 172Z",
        },
        label_x: 100.0,
        label_y: 186.0,
    },
    RegionShape {
        id: "thighs",
        view: View::Front,
        shape: Shape::Zone {
            d: "M108.8 238C114 235.4 124 235 130.8 238.4C131 254 128.6 270 126 281C120 284.4 112 284.4 107.2 281.6C106.6 268 107.2 252 108.8 238ZM91.2 238C86 235.4 76 235 69.2 238.4C69 254 71.4 270 74 281C80 284.4 88 284.4 92.8 281.6C93.4 268 92.8 252 91.2 238Z",
        },
        label_x: 117.0,
        label_y: 260.0,
    },
    RegionShape {
        id: "legs",
        view: View::Front,
        shape: Shape::Zone {
            d: "M108 312C112.4 309.4 121 309 126.4 312.6C126.8 328 124 342 120.6 354C116.6 356.4 112 356.4 108.8 354.4C107.4 342 106.6 326 108 312ZM92 312C87.6 309.4 79 309 73.6 312.6C73.2 328 76 342 79.4 354C83.4 356.4 88 356.4 91.2 354.4C92.6 342 93.4 326 92 312Z",
        },
        label_x: 117.0,
        label_y: 333.0,
    },
    RegionShape {
        id: "scars",
        view: View::Front,
        shape: Shape::Zone {
            d: "M42.6 156C45.8 155 50 155.4 52 157C53.8 168 55 182 54.4 191.8C50.6 193.6 44.2 193.6 40.6 192C38.8 182 38.6 167 42.6 156Z",
        },
        label_x: 47.0,
        label_y: 174.0,
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    const EXPECTED: &[(&str, View, bool)] = &[
        // (id, view, is_point)
        ("cheekbone", View::Face, true),
        ("under-eye", View::Face, true),
        ("third-eye", View::Face, true),
        ("nape", View::Back, true),
        ("back-dimples", View::Back, true),
        ("collarbone", View::Front, true),
        ("sternum", View::Front, true),
        ("belly", View::Front, true),
        ("hip", View::Front, true),
        ("finger", View::Front, true),
        ("hand", View::Front, true),
        ("wrist", View::Front, true),
        ("thigh", View::Front, true),
        ("forehead", View::Face, false),
        ("around-eyes", View::Face, false),
        ("cheeks", View::Face, false),
        ("chin-jaw", View::Face, false),
        ("nose", View::Face, false),
        ("neck", View::Front, false),
        ("abdomen", View::Front, false),
        ("thighs", View::Front, false),
        ("legs", View::Front, false),
        ("scars", View::Front, false),
        ("back", View::Back, false),
        ("scalp", View::Back, false),
    ];

    fn view_box(view: View) -> (f32, f32, f32, f32) {
        let n: Vec<f32> = drawing(view)
            .view_box
            .split_whitespace()
            .map(|t| t.parse().expect("number"))
            .collect();
        assert_eq!(n.len(), 4);
        (n[0], n[1], n[2], n[3])
    }

    #[test]
    fn every_expected_id_has_exactly_one_shape_on_its_view() {
        for &(id, view, is_point) in EXPECTED {
            let found: Vec<_> = REGION_SHAPES.iter().filter(|s| s.id == id).collect();
            assert_eq!(found.len(), 1, "{id}: expected exactly one shape");
            let s = found[0];
            assert_eq!(s.view, view, "{id}: wrong view");
            assert_eq!(
                matches!(s.shape, Shape::Point { .. }),
                is_point,
                "{id}: wrong kind"
            );
            assert_eq!(shape_for(id).map(|s| s.id), Some(id));
        }
        assert_eq!(
            REGION_SHAPES.len(),
            EXPECTED.len(),
            "unexpected extra shapes"
        );
        assert!(shape_for("no-such-region").is_none());
    }

    #[test]
    fn points_on_a_view_are_at_least_24_units_apart() {
        let points: Vec<(&str, View, f32, f32)> = REGION_SHAPES
            .iter()
            .filter_map(|s| match s.shape {
                Shape::Point { cx, cy } => Some((s.id, s.view, cx, cy)),
                Shape::Zone { .. } => None,
            })
            .collect();
        for (i, a) in points.iter().enumerate() {
            for b in &points[i + 1..] {
                if a.1 != b.1 {
                    continue;
                }
                let d = ((a.2 - b.2).powi(2) + (a.3 - b.3).powi(2)).sqrt();
                assert!(d >= 24.0, "{} and {} are only {d:.1} apart", a.0, b.0);
            }
        }
    }

    #[test]
    fn points_and_labels_lie_inside_their_view_box() {
        for s in REGION_SHAPES {
            let (x0, y0, w, h) = view_box(s.view);
            let inside = |x: f32, y: f32| x >= x0 && x <= x0 + w && y >= y0 && y <= y0 + h;
            if let Shape::Point { cx, cy } = s.shape {
                // the whole r = 6 circle is visible
                assert!(
                    inside(cx - 6.0, cy - 6.0) && inside(cx + 6.0, cy + 6.0),
                    "{}",
                    s.id
                );
            }
            assert!(inside(s.label_x, s.label_y), "{} label", s.id);
        }
    }

    #[test]
    fn zones_are_closed_paths() {
        for s in REGION_SHAPES {
            if let Shape::Zone { d } = s.shape {
                let d = d.trim();
                assert!(!d.is_empty(), "{}", s.id);
                assert!(d.starts_with('M'), "{}: must start with M", s.id);
                assert!(
                    d.ends_with('Z') || d.ends_with('z'),
                    "{}: must be closed",
                    s.id
                );
                // every subpath is closed
                let moves = d.matches(['M', 'm']).count();
                let closes = d.matches(['Z', 'z']).count();
                assert_eq!(moves, closes, "{}: every subpath must be closed", s.id);
            }
        }
    }

    #[test]
    fn drawings_have_outlines_and_details() {
        for view in View::ALL {
            let d = drawing(view);
            assert!(!d.outline.is_empty() && !d.details.is_empty());
            for p in d.outline.iter().chain(d.details) {
                assert!(p.starts_with('M'), "{view:?}: {p}");
            }
            for p in d.outline {
                assert!(p.ends_with('Z'), "{view:?}: outline paths are closed");
            }
        }
        assert_eq!(drawing(View::Front).view_box, drawing(View::Back).view_box);
        assert_eq!(drawing(View::Front).outline, drawing(View::Back).outline);
    }
}
