/**
 * The page that receives a hand-over to a phone: the one page allowed the camera
 * (public/_headers, docs/nginx.conf). Its name says nothing about what it receives.
 */
export const RECEIVE_PATH = "/receive/";
