//! Where every region sits on its drawing: a point for a micro-dermal placement, a zone for
//! a microneedling area.

use dermamap_core::View;

use dermamap_core::content::RegionId;

use super::{RegionShape, Shape};

/// Every region's shape. Dermal placements are points, microneedling areas are zones.
pub static REGION_SHAPES: &[RegionShape] = &[
    RegionShape {
        id: RegionId::Cheekbone,
        view: View::Face,
        shape: Shape::Point { cx: 149.5, cy: 123.0 },
        label_x: 154.0,
        label_y: 115.0,
    },
    RegionShape {
        id: RegionId::UnderEye,
        view: View::Face,
        shape: Shape::Point { cx: 70.0, cy: 126.0 },
        label_x: 44.0,
        label_y: 127.0,
    },
    RegionShape {
        id: RegionId::ThirdEye,
        view: View::Face,
        shape: Shape::Point { cx: 100.0, cy: 94.5 },
        label_x: 100.0,
        label_y: 88.0,
    },
    RegionShape {
        id: RegionId::Forehead,
        view: View::Face,
        shape: Shape::Zone {
            d: "M56 84C57 66 72 54.5 86 53.5C92 53 96 55 100 56C104 55 108 53 114 53.5C128 54.5 143 66 144 84C130 87.6 114 88.4 100 88.4C86 88.4 70 87.6 56 84Z",
        },
        label_x: 100.0,
        label_y: 72.0,
    },
    RegionShape {
        id: RegionId::AroundEyes,
        view: View::Face,
        shape: Shape::Zone {
            d: "M113 107.5C114 99 123 95.6 131.4 95.6C140.4 95.6 148 100 149 107.5C148.4 114.6 140 119 131 119C122 119 113.8 115 113 107.5ZM87 107.5C86 99 77 95.6 68.6 95.6C59.6 95.6 52 100 51 107.5C51.6 114.6 60 119 69 119C78 119 86.2 115 87 107.5Z",
        },
        label_x: 158.0,
        label_y: 90.0,
    },
    RegionShape {
        id: RegionId::Cheeks,
        view: View::Face,
        shape: Shape::Zone {
            d: "M117.4 147C119.6 138 129 133.6 140.6 134C148.6 134.4 153 138 153.2 145C152.8 155 148 163.6 140.6 169.4C133 173.2 124 170.6 120.4 165C117.6 160 116.8 153 117.4 147ZM82.6 147C80.4 138 71 133.6 59.4 134C51.4 134.4 47 138 46.8 145C47.2 155 52 163.6 59.4 169.4C67 173.2 76 170.6 79.6 165C82.4 160 83.2 153 82.6 147Z",
        },
        label_x: 137.0,
        label_y: 154.0,
    },
    RegionShape {
        id: RegionId::Nose,
        view: View::Face,
        shape: Shape::Zone {
            d: "M100 101C104.4 101 105.4 104 105.8 112C106.6 124 109 134 112.4 140C115.4 146 113 151.6 107.4 151.8C104 154.4 96 154.4 92.6 151.8C87 151.6 84.6 146 87.6 140C91 134 93.4 124 94.2 112C94.6 104 95.6 101 100 101Z",
        },
        label_x: 100.0,
        label_y: 128.0,
    },
    RegionShape {
        id: RegionId::ChinJaw,
        view: View::Face,
        shape: Shape::Zone {
            d: "M143.4 170.6C138 184 122 200.6 100 201.6C78 200.6 62 184 56.6 170.6C60.6 171.6 64 176 67.6 181C74 188.6 86 192 100 190C114 192 126 188.6 132.4 181C136 176 139.4 171.6 143.4 170.6Z",
        },
        label_x: 100.0,
        label_y: 196.0,
    },
    RegionShape {
        id: RegionId::Nape,
        view: View::Back,
        shape: Shape::Point { cx: 100.0, cy: 66.0 },
        label_x: 124.0,
        label_y: 64.0,
    },
    RegionShape {
        id: RegionId::BackDimples,
        view: View::Back,
        shape: Shape::Point { cx: 90.6, cy: 190.0 },
        label_x: 66.0,
        label_y: 201.0,
    },
    RegionShape {
        id: RegionId::Back,
        view: View::Back,
        shape: Shape::Zone {
            d: "M77 92C84 88.6 92 88 100 88C108 88 116 88.6 123 92C129 98 132 112 130.6 126C128.6 140 125.4 152 122.8 162C114 166.4 86 166.4 77.2 162C74.6 152 71.4 140 69.4 126C68 112 71 98 77 92Z",
        },
        label_x: 100.0,
        label_y: 128.0,
    },
    RegionShape {
        id: RegionId::Scalp,
        view: View::Back,
        shape: Shape::Zone {
            d: "M100 15C110 15 116.6 21 116.8 31C116.8 37 116.2 41 115.4 43.6C110 46.8 104.6 48 100 48C95.4 48 90 46.8 84.6 43.6C83.8 41 83.2 37 83.2 31C83.4 21 90 15 100 15Z",
        },
        label_x: 100.0,
        label_y: 31.0,
    },
    RegionShape {
        id: RegionId::Collarbone,
        view: View::Front,
        shape: Shape::Point { cx: 78.0, cy: 84.5 },
        label_x: 66.0,
        label_y: 76.0,
    },
    RegionShape {
        id: RegionId::Sternum,
        view: View::Front,
        shape: Shape::Point { cx: 100.0, cy: 110.0 },
        label_x: 100.0,
        label_y: 104.0,
    },
    RegionShape {
        id: RegionId::Belly,
        view: View::Front,
        shape: Shape::Point { cx: 111.5, cy: 160.5 },
        label_x: 124.0,
        label_y: 158.0,
    },
    RegionShape {
        id: RegionId::Hip,
        view: View::Front,
        shape: Shape::Point { cx: 126.0, cy: 185.0 },
        label_x: 146.0,
        label_y: 186.0,
    },
    RegionShape {
        id: RegionId::Finger,
        view: View::Front,
        shape: Shape::Point { cx: 167.9, cy: 244.3 },
        label_x: 189.0,
        label_y: 251.0,
    },
    RegionShape {
        id: RegionId::Hand,
        view: View::Front,
        shape: Shape::Point { cx: 165.5, cy: 218.9 },
        label_x: 186.0,
        label_y: 220.0,
    },
    RegionShape {
        id: RegionId::Wrist,
        view: View::Front,
        shape: Shape::Point { cx: 164.6, cy: 193.7 },
        label_x: 182.0,
        label_y: 192.0,
    },
    RegionShape {
        id: RegionId::Thigh,
        view: View::Front,
        shape: Shape::Point { cx: 73.0, cy: 222.0 },
        label_x: 56.0,
        label_y: 226.0,
    },
    RegionShape {
        id: RegionId::Neck,
        view: View::Front,
        shape: Shape::Zone {
            d: "M93 62.4C96 64.4 104 64.4 107 62.4C107.6 67 108.2 72 109.4 76.4C104 79.2 96 79.2 90.6 76.4C91.8 72 92.4 67 93 62.4Z",
        },
        label_x: 100.0,
        label_y: 70.0,
    },
    RegionShape {
        id: RegionId::Abdomen,
        view: View::Front,
        shape: Shape::Zone {
            d: "M85 172C92 174.6 108 174.6 115 172C119 180 119.4 190 116.4 196.6C110 200.8 90 200.8 83.6 196.6C80.6 190 81 180 85 172Z",
        },
        label_x: 100.0,
        label_y: 186.0,
    },
    RegionShape {
        id: RegionId::Thighs,
        view: View::Front,
        shape: Shape::Zone {
            d: "M108.8 238C114 235.4 124 235 130.8 238.4C131 254 128.6 270 126 281C120 284.4 112 284.4 107.2 281.6C106.6 268 107.2 252 108.8 238ZM91.2 238C86 235.4 76 235 69.2 238.4C69 254 71.4 270 74 281C80 284.4 88 284.4 92.8 281.6C93.4 268 92.8 252 91.2 238Z",
        },
        label_x: 117.0,
        label_y: 260.0,
    },
    RegionShape {
        id: RegionId::Legs,
        view: View::Front,
        shape: Shape::Zone {
            d: "M108 312C112.4 309.4 121 309 126.4 312.6C126.8 328 124 342 120.6 354C116.6 356.4 112 356.4 108.8 354.4C107.4 342 106.6 326 108 312ZM92 312C87.6 309.4 79 309 73.6 312.6C73.2 328 76 342 79.4 354C83.4 356.4 88 356.4 91.2 354.4C92.6 342 93.4 326 92 312Z",
        },
        label_x: 117.0,
        label_y: 333.0,
    },
    RegionShape {
        id: RegionId::Scars,
        view: View::Front,
        shape: Shape::Zone {
            d: "M42.6 156C45.8 155 50 155.4 52 157C53.8 168 55 182 54.4 191.8C50.6 193.6 44.2 193.6 40.6 192C38.8 182 38.6 167 42.6 156Z",
        },
        label_x: 47.0,
        label_y: 174.0,
    },
];
