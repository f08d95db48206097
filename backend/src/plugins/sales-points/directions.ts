/** What a directions link needs of a sales point. */
export interface Locatable {
    streetLine: string;
    commune: string;
    province: string;
    latitude: number | null;
    longitude: number | null;
}

/**
 * A link that opens directions to the sales point in the visitor's own map app
 * (Google's cross-platform Maps URL: the app on a phone, the website elsewhere).
 * Our pages load no map tiles. Coordinates are exact; without them the
 * address is the destination, which the map app geocodes.
 */
export function directionsUrl(point: Locatable): string {
    const destination =
        point.latitude != null && point.longitude != null
            ? `${round(point.latitude)},${round(point.longitude)}`
            : encodeURIComponent(`${point.streetLine}, ${point.commune}, ${point.province}, Việt Nam`);
    return `https://www.google.com/maps/dir/?api=1&destination=${destination}`;
}

/** Six decimals is about 10 cm: more only makes the link longer. */
const round = (x: number) => String(Math.round(x * 1e6) / 1e6);
